// Registers <article-lens>. The only module of the package with a side effect.
//   import "article-lens/define";
import { ArticleLensElement } from "./article-lens-element.js";

if (!customElements.get("article-lens")) customElements.define("article-lens", ArticleLensElement);

export { ArticleLensElement };
