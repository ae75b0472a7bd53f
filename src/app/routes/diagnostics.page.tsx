import { DiagnosticsScreen } from '../features/diagnostics/DiagnosticsScreen';

export function DiagnosticsPage() {
  return <DiagnosticsScreen />;
}
