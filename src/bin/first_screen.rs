//! The first screen: shows the start page at once, then loads the full app.

fn main() {
    checkup::web::first::start();
}
