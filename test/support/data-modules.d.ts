// Data modules as wrangler bundles them (wrangler types declares the same for the Worker's tsconfig):
// Node-side files that typecheck the Worker's modules see `*.bin` as the runtime hands it over.
declare module '*.bin' {
  const bytes: ArrayBuffer;
  export default bytes;
}
