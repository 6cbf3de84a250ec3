// Plain JavaScript on purpose: tsconfig.site.json checks site/ as browser code, and this file only
// wires Astro to the typed, tested loaders in build/ (Node code, checked by tsconfig.json).
import { defineCollection } from "astro:content";
import { articleLoader, collectionLoader } from "./build/astroLoader.ts";

export const collections = {
  articles: defineCollection({ loader: articleLoader() }),
  helpCollections: defineCollection({ loader: collectionLoader() }),
};
