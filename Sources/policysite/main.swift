import Markdown
import Foundation
let input = String(data: FileHandle.standardInput.readDataToEndOfFile(), encoding: .utf8)!
let settings = RenderSettings(link: { site in print("LINK", site.destination, site.line, site.column); return .keep })
print(Markdown.render(input, settings: settings).html, terminator: "")
