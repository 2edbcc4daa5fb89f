// `npm start`: serves the demo host page (demo/) with the built script-tag
// bundle (dist/cl-login-help.js). The printed URL redirects to /demo/.
export default {
  rootDir: '.',
  port: 8000,
  nodeResolve: false,
  middleware: [
    (context, next) => {
      if (context.path === '/') return context.redirect('/demo/');
      return next();
    },
  ],
};
