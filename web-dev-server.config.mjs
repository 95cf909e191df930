// `npm start`: serves the demo page (demo/index.html), which loads the built CDN bundle exactly as
// a partner page would.
export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  appIndex: 'demo/index.html',
  open: false,
  watch: false,
};
