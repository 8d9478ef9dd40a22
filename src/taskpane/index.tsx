import { createRoot } from "react-dom/client";
import { App } from "./App";
import { watchOfficeEnvironment } from "./office-env";

const container = document.getElementById("container");
if (container) {
  const root = createRoot(container);
  // Renders in Excel, in a plain browser (preview) and without office.js at all.
  watchOfficeEnvironment((environment) => root.render(<App environment={environment} />));
}
