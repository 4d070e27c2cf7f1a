// `import "article-lens/define"` registers <article-lens> (once, however often it is imported).
export { ArticleLensElement } from "./article-lens-element.js";
