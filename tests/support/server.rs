//! A small static file server on a free loopback port, as a static host
//! would serve `dist/`: at the root or under a sub-folder, with optional
//! response headers (such as a Content-Security-Policy). It records every
//! path it was asked for.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;

/// How to serve a folder.
#[derive(Clone, Debug)]
pub struct ServeConfig {
    /// The folder to serve.
    pub root: PathBuf,
    /// The URL path it is served under, starting and ending with `/`.
    pub mount: String,
    /// Extra headers on every response.
    pub headers: Vec<(String, String)>,
    /// The host name in the base URL (`127.0.0.1` or `localhost`: two origins).
    pub host: String,
    /// Compress responses with gzip when the browser accepts it, as a host
    /// should (the benchmark's Lighthouse runs).
    pub gzip: bool,
    /// Paths below the mount answered with a server error (`500`), as a
    /// host in trouble would.
    pub failing: Vec<String>,
    /// Paths below the mount answered only after a while, as on a slow
    /// connection.
    pub delayed: Vec<(String, std::time::Duration)>,
}

/// The Content-Security-Policy README asks hosts to send, with the test
/// pages on `localhost` allowed to embed the app. Every end-to-end test runs
/// under it.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
    img-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; \
    frame-ancestors 'self' http://localhost:*; base-uri 'self'; form-action 'none'; object-src 'none'";

impl ServeConfig {
    /// Serves `root` at `/`, under the app's Content-Security-Policy.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        ServeConfig {
            root: root.into(),
            mount: "/".into(),
            headers: vec![("Content-Security-Policy".into(), CSP.into())],
            host: "127.0.0.1".into(),
            gzip: false,
            failing: vec![],
            delayed: vec![],
        }
    }

    /// Without any extra header (a plain page, e.g. a federation's site).
    pub fn plain(root: impl Into<PathBuf>) -> Self {
        ServeConfig {
            headers: vec![],
            ..ServeConfig::new(root)
        }
    }

    pub fn mount(mut self, mount: &str) -> Self {
        self.mount = mount.to_string();
        self
    }

    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }

    pub fn host(mut self, host: &str) -> Self {
        self.host = host.to_string();
        self
    }

    /// Answers `path` (below the mount, e.g. `checkup.config.json`) with a server error.
    pub fn failing(mut self, path: &str) -> Self {
        self.failing.push(path.to_string());
        self
    }

    /// Answers `path` (below the mount) only after `delay`.
    pub fn delayed(mut self, path: &str, delay: std::time::Duration) -> Self {
        self.delayed.push((path.to_string(), delay));
        self
    }

    /// Compresses responses with gzip for browsers that accept it.
    pub fn gzip(mut self) -> Self {
        self.gzip = true;
        self
    }
}

/// A running server; it stops when dropped.
pub struct Server {
    pub port: u16,
    config: ServeConfig,
    requests: Arc<Mutex<Vec<String>>>,
    stop: Arc<AtomicBool>,
}

impl Server {
    pub fn start(config: ServeConfig) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        let port = listener.local_addr().unwrap().port();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let (cfg, log, flag) = (config.clone(), requests.clone(), stop.clone());
        thread::spawn(move || {
            for stream in listener.incoming() {
                if flag.load(Ordering::Relaxed) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let (cfg, log, flag) = (cfg.clone(), log.clone(), flag.clone());
                thread::spawn(move || {
                    let _ = handle(stream, &cfg, &log, &flag);
                });
            }
        });
        Server {
            port,
            config,
            requests,
            stop,
        }
    }

    /// The address of the served folder, e.g. `http://127.0.0.1:4321/tools/checkup/`.
    pub fn url(&self) -> String {
        format!(
            "http://{}:{}{}",
            self.config.host, self.port, self.config.mount
        )
    }

    /// The origin, e.g. `http://127.0.0.1:4321`.
    pub fn origin(&self) -> String {
        format!("http://{}:{}", self.config.host, self.port)
    }

    /// Every path requested so far.
    pub fn requests(&self) -> Vec<String> {
        self.requests.lock().unwrap().clone()
    }
}

impl Server {
    /// Stops serving, as if the network were gone.
    pub fn stop(&self) {
        self.stop.store(true, Ordering::Relaxed);
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

fn handle(
    stream: TcpStream,
    cfg: &ServeConfig,
    log: &Mutex<Vec<String>>,
    stop: &AtomicBool,
) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 {
            return Ok(());
        }
        let mut parts = line.split_whitespace();
        let (method, target) = (
            parts.next().unwrap_or(""),
            parts.next().unwrap_or("/").to_string(),
        );
        // Headers until the blank line.
        let mut gzip = false;
        loop {
            let mut h = String::new();
            if reader.read_line(&mut h)? == 0 || h == "\r\n" || h == "\n" {
                break;
            }
            let h = h.to_ascii_lowercase();
            if h.starts_with("accept-encoding:") && h.contains("gzip") {
                gzip = cfg.gzip;
            }
        }
        if method.is_empty() || stop.load(Ordering::Relaxed) {
            return Ok(()); // Stopped: close the connection, answer nothing.
        }
        let path = target.split(['?', '#']).next().unwrap_or("/").to_string();
        log.lock().unwrap().push(path.clone());
        respond(&stream, method, &path, cfg, gzip)?;
    }
}

fn respond(
    mut stream: &TcpStream,
    method: &str,
    path: &str,
    cfg: &ServeConfig,
    gzip: bool,
) -> std::io::Result<()> {
    let file = path
        .strip_prefix(cfg.mount.as_str())
        .or_else(|| (path.to_string() + "/" == cfg.mount).then_some(""))
        .and_then(|rel| resolve(&cfg.root, rel));
    let broken = path
        .strip_prefix(cfg.mount.as_str())
        .is_some_and(|rel| cfg.failing.iter().any(|f| f == rel));
    if let Some((_, delay)) = path
        .strip_prefix(cfg.mount.as_str())
        .and_then(|rel| cfg.delayed.iter().find(|(f, _)| f == rel))
    {
        thread::sleep(*delay);
    }
    let (status, body, ctype) = match (method, file) {
        ("GET" | "HEAD", _) if broken => (
            "500 Internal Server Error",
            b"server error".to_vec(),
            "text/plain",
        ),
        ("GET" | "HEAD", Some(f)) => match std::fs::read(&f) {
            Ok(b) => ("200 OK", b, mime(&f)),
            Err(_) => ("404 Not Found", b"not found".to_vec(), "text/plain"),
        },
        ("GET" | "HEAD", None) => ("404 Not Found", b"not found".to_vec(), "text/plain"),
        _ => ("405 Method Not Allowed", vec![], "text/plain"),
    };
    let (body, encoding) = if gzip && body.len() > 256 {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(6));
        e.write_all(&body)?;
        (
            e.finish()?,
            "Content-Encoding: gzip\r\nVary: Accept-Encoding\r\n",
        )
    } else {
        (body, "")
    };
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\n{encoding}",
        body.len()
    );
    for (k, v) in &cfg.headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    if method != "HEAD" {
        stream.write_all(&body)?;
    }
    stream.flush()
}

/// Maps a URL path below the mount to a file, refusing anything that leaves the root.
fn resolve(root: &Path, rel: &str) -> Option<PathBuf> {
    let mut p = root.to_path_buf();
    for seg in rel.split('/').filter(|s| !s.is_empty()) {
        let seg = percent_decode(seg);
        if seg == ".." || seg == "." || seg.contains(['/', '\\']) {
            return None;
        }
        p.push(seg);
    }
    if p.is_dir() {
        p.push("index.html");
    }
    p.is_file().then_some(p)
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && i + 2 < b.len()
            && let Ok(v) =
                u8::from_str_radix(std::str::from_utf8(&b[i + 1..i + 3]).unwrap_or("zz"), 16)
        {
            out.push(v);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn mime(p: &Path) -> &'static str {
    match p.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ttf" => "font/ttf",
        "txt" | "md" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}
