//! The benchmark: prints sizes and timings. Not a test: figures only, except
//! `--budget`, which fails when the first load is over its size budget (sizes
//! are deterministic, times are not).
//!
//!   ./setup.sh bench              every figure
//!   ./setup.sh bench --budget     the first-load sizes and the budget check only

#[path = "../support/mod.rs"]
mod support;

use std::io::Write;
use std::path::Path;
use std::time::Duration;

use support::app::App;
use support::dist;
use support::server::{ServeConfig, Server};

/// The first load may weigh at most this much, gzip-compressed.
const BUDGET_GZIP: usize = 250 * 1024;

fn gzip_len(bytes: &[u8]) -> usize {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(bytes).unwrap();
    e.finish().unwrap().len()
}

fn brotli_len(bytes: &[u8]) -> usize {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).unwrap();
    out.len()
}

/// The files `index.html` loads before the first screen: itself, and every
/// local `href`/`src` and module import it names (stylesheet, script, wasm, icon).
fn first_load(dist: &Path) -> Vec<String> {
    let html = std::fs::read_to_string(dist.join("index.html")).unwrap();
    let mut files = vec!["index.html".to_string()];
    for attr in ["href=\"", "src=\"", "from '", "module_or_path: '"] {
        for part in html.split(attr).skip(1) {
            let end = part.find(['"', '\'']).unwrap_or(0);
            let f = part[..end].trim_start_matches("./").to_string();
            if !f.is_empty()
                && !f.contains("://")
                && !f.starts_with('#')
                && dist.join(&f).is_file()
                && !files.contains(&f)
            {
                files.push(f);
            }
        }
    }
    files
}

fn kib(n: usize) -> String {
    format!("{:.1} KiB", n as f64 / 1024.0)
}

/// Prints a table of files; returns the gzip total.
fn print_table(dist: &Path, title: &str, files: &[String]) -> usize {
    println!("{title}");
    let row = |a: &str, b: &str, c: &str, d: &str| println!("  {a:<44} {b:>11} {c:>11} {d:>11}");
    row("file", "raw", "gzip", "brotli");
    let (mut raw, mut gz, mut br) = (0, 0, 0);
    for f in files {
        let bytes = std::fs::read(dist.join(f)).unwrap_or_else(|e| panic!("{f}: {e}"));
        let (g, b) = (gzip_len(&bytes), brotli_len(&bytes));
        row(f, &kib(bytes.len()), &kib(g), &kib(b));
        raw += bytes.len();
        gz += g;
        br += b;
    }
    row("total", &kib(raw), &kib(gz), &kib(br));
    gz
}

/// Prints every size table; returns the gzip total of the first load.
fn print_sizes(dist: &Path) -> usize {
    let gz = print_table(
        dist,
        "First load (files index.html loads before the first screen):",
        &first_load(dist),
    );
    let background: Vec<String> = ["checkup.js", "checkup_bg.wasm"]
        .iter()
        .map(|s| s.to_string())
        .chain(
            checkup::domain::packs::DEFAULT_FILES
                .iter()
                .map(|f| format!("questions/{f}")),
        )
        .collect();
    println!();
    print_table(
        dist,
        "Loaded in the background once the first screen shows (the app, the packs):",
        &background,
    );
    println!();
    let on_demand: Vec<String> = [
        "pdf_worker_loader.js",
        "pdf_worker.js",
        "pdf_worker_bg.wasm",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    print_table(
        dist,
        "Loaded for the PDF (prefetched a few seconds after start):",
        &on_demand,
    );
    println!();
    gz
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Time from navigation to the first screen being interactive, in headless Chromium.
async fn time_to_interactive(server: &Server, runs: usize) -> (f64, Vec<String>) {
    let app = App::open(&server.url(), "#/en/start").await;
    app.browser
        .cdp("Network.enable", serde_json::json!({}))
        .await;
    app.browser
        .cdp(
            "Network.setCacheDisabled",
            serde_json::json!({ "cacheDisabled": true }),
        )
        .await;
    let mut times = vec![];
    let mut at_start = vec![];
    for _ in 0..runs {
        app.goto("#/en/start").await;
        app.wait("start-title").await;
        let t = app
            .js("const m = performance.getEntriesByName('checkup-interactive'); return m.length ? m[0].startTime : -1")
            .await
            .as_f64()
            .unwrap_or(-1.0);
        times.push(t);
        let urls = app
            .js("const m = performance.getEntriesByName('checkup-interactive')[0]; \
                 return performance.getEntriesByType('resource').filter(e => !m || e.startTime <= m.startTime).map(e => e.name)")
            .await;
        at_start = urls
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|u| u.as_str().map(String::from))
            .collect();
    }
    app.close().await;
    (median(times), at_start)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let budget_only = args.iter().any(|a| a == "--budget");
    let dist = dist();

    let gz = print_sizes(&dist);
    let ok = gz <= BUDGET_GZIP;
    println!(
        "Budget: first load {} gzip of at most {}: {}",
        kib(gz),
        kib(BUDGET_GZIP),
        if ok { "holds" } else { "EXCEEDED" }
    );
    if budget_only {
        std::process::exit(if ok { 0 } else { 1 });
    }

    let server = Server::start(ServeConfig::new(&dist));
    let (tti, fetched) = time_to_interactive(&server, 7).await;
    println!("\nTime to interactive (headless Chromium, cache off, median of 7): {tti:.0} ms");
    println!("Fetched before the first screen was interactive:");
    for u in fetched {
        println!("  {}", u.trim_start_matches(&server.url()));
    }
    tokio::time::sleep(Duration::from_millis(10)).await;
}
