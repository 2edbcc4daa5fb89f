export default {
  globs: ['src/cl-login-help.ts'],
  outdir: '.',
  litelement: true,
};
