import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { quotegraphData } from "./scripts/dataPlugin.ts";
import { oembed } from "./scripts/oembedPlugin.ts";
import { contentSecurityPolicy } from "./scripts/cspPlugin.ts";
import { slimCytoscape } from "./scripts/slimCytoscape.ts";

// base "./": the built app works under any sub-path and from any static host.
export default defineConfig({
  base: "./",
  plugins: [slimCytoscape(), react(), quotegraphData(), oembed(), contentSecurityPolicy()],
  build: { target: "es2022", chunkSizeWarningLimit: 1200 },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
});
