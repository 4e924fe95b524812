export function App() {
  return <main>软件业统计报表预审</main>;
}
