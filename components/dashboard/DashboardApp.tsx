/** The library of saved assessments, with exports and comparisons. */
export function DashboardApp() {
  return (
    <main class="dashboard">
      <h1>Your assessments</h1>
      <p>No assessment saved yet.</p>
    </main>
  );
}
