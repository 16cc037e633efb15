//! Widgets shared by pages and the app frame: pages and the frame import
//! these, never each other.

pub mod doc_links;
pub mod files;
pub mod history;
pub mod lang_switch;
pub mod progress;
pub mod quick_more;
