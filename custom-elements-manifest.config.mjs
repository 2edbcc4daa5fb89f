export default {
  globs: ['src/cl-login-help.ts', 'src/cl-login-help-launcher.ts'],
  outdir: '.',
  litelement: true,
};
