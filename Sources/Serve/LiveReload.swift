/// The script `khao serve` adds to every HTML page it serves (never to
/// what `khao build` writes): it reloads the page after a good rebuild and
/// shows a failed build's diagnostics over the page until they are fixed.
enum LiveReload {
    static let script = """
        <script>(() => {
          let overlay;
          const connect = () => {
            const socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '\(ReloadHub.path)');
            socket.onmessage = (event) => {
              if (event.data === 'reload') { location.reload(); return; }
              if (event.data.startsWith('error\\n')) {
                if (!overlay) {
                  overlay = document.createElement('pre');
                  overlay.id = 'khao-errors';
                  overlay.setAttribute('role', 'alert');
                  overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;margin:0;padding:1.5rem;overflow:auto;background:rgba(24,24,24,.95);color:#ffdede;font:14px/1.6 monospace;white-space:pre-wrap';
                  document.body.append(overlay);
                }
                overlay.textContent = event.data.slice(6);
              } else if (overlay) {
                overlay.remove();
                overlay = undefined;
              }
            };
            socket.onclose = () => setTimeout(connect, 1000);
          };
          connect();
        })();</script>
        """

    /// `html` with the script before its last `</body>`, or at its end.
    static func inject(into html: [UInt8]) -> [UInt8] {
        let closing = Array("</body>".utf8)
        var index = html.count - closing.count
        while index >= 0 {
            if html[index] == UInt8(ascii: "<"), html[index..<index + closing.count].elementsEqual(closing, by: { ($0 | 0x20) == ($1 | 0x20) }) {
                return Array(html[..<index]) + Array(script.utf8) + Array(html[index...])
            }
            index -= 1
        }
        return html + Array(script.utf8)
    }
}
