import { run } from "./syncs";
run().then((f) => console.log(f), (e) => console.error(e));
