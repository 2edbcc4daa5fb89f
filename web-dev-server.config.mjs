// `npm start`: serves the demo host page with the built script-tag bundle.
export default {
  rootDir: '.',
  port: 8000,
  open: false,
  appIndex: 'demo/index.html',
  nodeResolve: false,
};
