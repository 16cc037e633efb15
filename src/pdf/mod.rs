//! The PDF renderer: report model -> layout -> drawing.
