//! The PDF renderer: report model -> layout -> drawing.

use crate::domain::report::Report;

/// Renders the report as a PDF document.
pub fn render(_report: &Report) -> Vec<u8> {
    Vec::new()
}
