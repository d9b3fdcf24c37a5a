/** The injected script's absolute path in the built extension (vite.config.ts builds it and provides this module). */
declare module 'virtual:page-extractor-script' {
  const path: string;
  export default path;
}
