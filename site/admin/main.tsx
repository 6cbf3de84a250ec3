import { render } from "preact";
import { App } from "./components/App.tsx";

const root = document.getElementById("app");
// index.html always ships #app; failing loudly beats a silent blank page.
if (!root) throw new Error("Parley admin: #app element missing from index.html");
render(<App />, root);
