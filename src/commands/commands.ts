/*
 * Ribbon commands without a task pane (ExecuteFunction). In the shared runtime the manifest's
 * FunctionFile is the task pane page, so this page is only a placeholder kept valid for later
 * commands; nothing is registered yet.
 */
if (typeof Office !== "undefined") {
  void Office.onReady();
}

export {};
