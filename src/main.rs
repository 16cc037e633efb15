//! The browser app: set up panics, then mount the shell.

fn main() {
    checkup::web::start();
}
