/** The reviewer's panel beside the paper: header, rubric and live scores. */
export function SidePanelApp() {
  return (
    <main class="panel">
      <h1 class="panel-title">RADAR Reviewer</h1>
      <p>Open a paper in this tab to start scoring it.</p>
    </main>
  );
}
