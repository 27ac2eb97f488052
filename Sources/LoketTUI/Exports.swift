// The TUI draws the shared wording and widths of LoketPresentation everywhere; importing LoketTUI brings them.
@_exported import LoketPresentation
