//! The pages of the walkthrough.

pub mod about;
pub mod documents;
pub mod plan;
pub mod results;
pub mod review;
pub mod section;
pub mod start;
