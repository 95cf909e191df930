// `npm start`: serves the demo page (demo/index.html), which loads the built CDN bundle exactly as
// a partner page would. http://localhost:8000/ redirects to it.
export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  appIndex: 'demo/index.html',
  open: false,
  watch: false,
  middleware: [
    function demoAtRoot(ctx, next) {
      if (ctx.path === '/') return ctx.redirect('/demo/');
      return next();
    },
  ],
};
