import Content
import Foundation
import Markdown

/// The overview above a timeline: an SVG axis of years drawn at build time, each event a mark
/// as wide as its date's precision (a year, a month, a day) and linked to the event below.
/// Marks that would overlap go to separate lanes.
struct TimelineAxis {
    let events: [TimelineEvent]
    let language: Language
    let ui: [String: String]
    var linked = true

    static let width = 960.0, margin = 28.0, lane = 16.0, minMark = 9.0

    /// Where a date's span starts and ends, in years (2025.0 is 1 January 2025).
    static func span(_ date: PartialDate) -> (Double, Double) {
        let year = Double(date.year)
        guard let month = date.month else { return (year, year + 1) }
        let days = Double(PartialDate.days(in: month, of: date.year))
        let monthStart = year + Double(month - 1) / 12
        guard let day = date.day else { return (monthStart, monthStart + 1.0 / 12) }
        let point = monthStart + (Double(day) - 0.5) / days / 12
        return (point, point)
    }

    func svg() -> String {
        guard let first = events.map(\.date.year).min(), let last = events.map({ ($0.end ?? $0.date).year }).max() else { return "" }
        let years = Double(last - first + 1)
        let scale = (Self.width - 2 * Self.margin) / years
        let x = { (t: Double) in Self.margin + (t - Double(first)) * scale }

        // Lay out marks: each takes the first lane where it does not touch the previous mark.
        var laneEnds: [Double] = []
        var marks: [(event: TimelineEvent, x0: Double, x1: Double, lane: Int)] = []
        for event in events.sorted(by: { ($0.date, $0.id) < ($1.date, $1.id) }) {
            let start = Self.span(event.date).0, end = Self.span(event.end ?? event.date).1
            var x0 = x(start), x1 = x(end)
            if x1 - x0 < Self.minMark { let mid = (x0 + x1) / 2; x0 = mid - Self.minMark / 2; x1 = mid + Self.minMark / 2 }
            let lane = laneEnds.firstIndex { $0 + 3 <= x0 } ?? laneEnds.count
            if lane == laneEnds.count { laneEnds.append(x1) } else { laneEnds[lane] = x1 }
            marks.append((event, x0, x1, lane))
        }
        let axisY = 10 + Double(laneEnds.count) * Self.lane + 6
        let height = axisY + 28
        let f = { (v: Double) in String(format: "%.1f", v) }

        let count = events.count
        let label = String(format: ui["axisLabel"] ?? "%1$d events, %2$d–%3$d", count, first, last)
        var svg = "<figure class=\"timeline-overview\">\n"
        svg += "<svg class=\"timeline-axis\" viewBox=\"0 0 \(f(Self.width)) \(f(height))\" width=\"\(f(Self.width))\" height=\"\(f(height))\""
        svg += " aria-label=\"\(HTML.escape(label))\">\n"
        svg += "<line class=\"axis-line\" x1=\"\(f(Self.margin))\" y1=\"\(f(axisY))\" x2=\"\(f(Self.width - Self.margin))\" y2=\"\(f(axisY))\"/>\n"
        for year in first...(last + 1) {
            let tx = x(Double(year))
            svg += "<line class=\"axis-tick\" x1=\"\(f(tx))\" y1=\"\(f(axisY - 4))\" x2=\"\(f(tx))\" y2=\"\(f(axisY + 4))\"/>\n"
            if year <= last {
                svg += "<text class=\"axis-label\" x=\"\(f(tx + scale / 2))\" y=\"\(f(axisY + 20))\" text-anchor=\"middle\">\(year)</text>\n"
            }
        }
        for mark in marks {
            let y = 10 + Double(mark.lane) * Self.lane
            let precision = mark.event.date.day != nil ? "day" : mark.event.date.month != nil ? "month" : "year"
            let date = DateText.format(mark.event.date, language: language)
            let title = HTML.escape("\(date): \(mark.event.title.text(language))")
            let shape = "<rect class=\"axis-mark axis-\(precision)\" x=\"\(f(mark.x0))\" y=\"\(f(y))\" width=\"\(f(mark.x1 - mark.x0))\" height=\"10\" rx=\"5\"/>"
            if linked {
                svg += "<a href=\"#event-\(HTML.escape(mark.event.id))\"><title>\(title)</title>\(shape)</a>\n"
            } else {
                svg += "<g><title>\(title)</title>\(shape)</g>\n"
            }
        }
        svg += "</svg>\n<figcaption>\(HTML.escape(label))</figcaption>\n</figure>\n"
        return svg
    }
}
