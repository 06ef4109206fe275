import Content
import Foundation
import Markdown

/// What `serve` (and only `serve`) adds to each HTML page it sends: a small script that listens
/// for rebuilds and reloads the page, and after a failed rebuild an overlay listing the
/// diagnostics over the last good build. The files in the output folder are never changed.
enum LiveReload {
    static func script(generation: Int) -> String {
        """
        <script>
        (function () {
          var events = new EventSource("\(SiteResponder.prefix)events?since=\(generation)");
          function reload() { events.close(); location.reload(); }
          events.addEventListener("reload", reload);
          events.addEventListener("failed", reload);
        })();
        </script>

        """
    }

    static func overlay(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }
        var html = """
        <div id="policysite-overlay" role="alert" style="position:fixed;left:0;right:0;top:0;max-height:70vh;overflow:auto;\
        z-index:2147483647;margin:0;padding:1rem 1.25rem;background:#1d1f23;color:#f4f4f5;border-bottom:4px solid #e5484d;\
        font:14px/1.55 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;text-align:left">
        <p style="margin:0 0 .5rem;font-weight:700;color:#ff8b8b">policysite: the last rebuild failed with \(errors.count) \
        error\(errors.count == 1 ? "" : "s"). You are seeing the last good build; fix the file and save to recover.</p>
        <ul style="margin:0;padding:0;list-style:none">

        """
        for diagnostic in errors {
            html += "<li style=\"margin:.35rem 0\"><span style=\"color:#8bd5ff\">\(HTML.escape("\(diagnostic.file):\(diagnostic.line):\(diagnostic.column)"))</span>"
            html += " \(HTML.escape(diagnostic.message)) <span style=\"color:#a1a1aa\">[\(HTML.escape(diagnostic.code))]</span>"
            if let suggestion = diagnostic.suggestion { html += "<br><span style=\"color:#a1a1aa\">\(HTML.escape(suggestion))</span>" }
            html += "</li>\n"
        }
        return html + "</ul>\n</div>\n"
    }

    /// The page with the script (and overlay) put before its last `</body>`, or at its end.
    static func inject(into page: Data, generation: Int, failure: [Diagnostic]?) -> Data {
        let addition = Data(((failure.map(overlay) ?? "") + script(generation: generation)).utf8)
        guard let range = page.range(of: Data("</body>".utf8), options: .backwards) else { return page + addition }
        var result = page
        result.insert(contentsOf: addition, at: range.lowerBound)
        return result
    }
}
