/** The injected scripts' absolute paths in the built extension (vite.config.ts builds them and provides these modules). */
declare module 'virtual:page-extractor-script' {
  const path: string;
  export default path;
}
declare module 'virtual:page-finisher-script' {
  const path: string;
  export default path;
}
declare module 'virtual:special-markup-script' {
  const path: string;
  export default path;
}
