//! `factum serve`, run as a user runs it: the built binary on an ingested copy of the
//! bundled corpus plus one hostile article, spoken to over loopback HTTP.
//!
//! * API: status codes, every filter, cursor pages, bad input (always a 4xx JSON error
//!   naming the parameter, never a 500), headers, assets, the OpenAPI document.
//! * Rules: the token for ingest, refusing to listen beyond loopback without one, body
//!   limits, graceful shutdown on SIGTERM.
//! * Browser: headless Chromium (`chromium`, skipped with a message when absent) loads the
//!   dashboard and an event page and reads back the DOM the page built; screenshots go to
//!   `target/serve-screenshots/`.
//!
//! The HTTP client is a few lines over `TcpStream`: one request per connection.
#![cfg(feature = "serve")]

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use common::{factum, stderr};
use serde_json::Value;

/// A hostile article: markup and script in the title, the text and the URL.
const XSS_ID: &str = "urn:test:xss";
fn xss_article() -> String {
    let payload = r#"<img src=x onerror="document.body.setAttribute('data-pwned','1')">"#;
    serde_json::json!({
        "id": XSS_ID,
        "title": format!("Troops clash {payload} <script>document.body.setAttribute('data-pwned','2')</script>"),
        "url": "javascript:document.body.setAttribute('data-pwned','3')",
        "published": "2025-09-20T10:00:00Z",
        "source": "Hostile Wire",
        "text": format!(
            "Israeli troops attacked Hezbollah fighters in southern Lebanon on Saturday, the army said. \
             <script>document.body.setAttribute('data-pwned','4')</script> Witnesses saw {payload} near the border."
        ),
    })
    .to_string()
}

/// The shared database: the bundled corpus and the hostile article, ingested once.
fn database() -> &'static Path {
    static DB: OnceLock<PathBuf> = OnceLock::new();
    DB.get_or_init(|| {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("serve-test");
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let xss = dir.join("xss.jsonl");
        std::fs::write(&xss, xss_article() + "\n").unwrap();
        let db = dir.join("factum.db");
        let corpus = common::corpus();
        let out = factum()
            .arg("ingest")
            .arg(&corpus)
            .arg(&xss)
            .arg("--db")
            .arg(&db)
            .output()
            .unwrap();
        common::assert_success(&out, "ingest");
        db
    })
}

/// A running `factum serve`; stopped (SIGKILL) when dropped.
struct Server {
    child: Child,
    addr: String,
}

impl Server {
    fn start(db: &Path, extra: &[&str]) -> Server {
        let mut child = factum()
            .arg("serve")
            .arg("--db")
            .arg(db)
            .args(["--addr", "127.0.0.1:0"])
            .args(extra)
            .env_remove("FACTUM_TOKEN")
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let first = lines.next().expect("a line from the server").unwrap();
        let addr = first
            .split("http://")
            .nth(1)
            .and_then(|s| s.split('/').next())
            .unwrap_or_else(|| panic!("no address in {first:?}"))
            .to_string();
        // Keep draining the log so the server never blocks on a full pipe.
        std::thread::spawn(move || lines.for_each(drop));
        Server { child, addr }
    }

    fn request(&self, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Response {
        let mut s = TcpStream::connect(&self.addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
        let mut head = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nContent-Length: {}\r\n",
            self.addr,
            body.len()
        );
        for (k, v) in headers {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        head.push_str("\r\n");
        s.write_all(head.as_bytes()).unwrap();
        // The server may answer (413) before reading the whole body and close.
        let _ = s.write_all(body);
        let mut raw = Vec::new();
        let _ = s.read_to_end(&mut raw);
        Response::parse(&raw)
    }

    fn get(&self, path: &str) -> Response {
        self.request("GET", path, &[], b"")
    }

    /// GET that must answer 200 with JSON.
    fn json(&self, path: &str) -> Value {
        let r = self.get(path);
        assert_eq!(r.status, 200, "GET {path}: {}", r.body);
        r.json()
    }

    /// GET that must answer `status` with a JSON error naming `parameter`.
    fn error(&self, path: &str, status: u16, parameter: Option<&str>) {
        let r = self.get(path);
        assert_eq!(r.status, status, "GET {path}: {}", r.body);
        let e = &r.json()["error"];
        assert!(
            e["message"].as_str().is_some_and(|m| !m.is_empty()),
            "{path}: {e}"
        );
        assert_eq!(e["parameter"].as_str(), parameter, "GET {path}: {e}");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Response {
    status: u16,
    headers: String,
    body: String,
}

impl Response {
    fn parse(raw: &[u8]) -> Response {
        let text = String::from_utf8_lossy(raw).into_owned();
        let (headers, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        let status = headers
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("no status line in {headers:?}"));
        Response {
            status,
            headers: headers.to_ascii_lowercase(),
            body: body.to_string(),
        }
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{name}: ")))
    }
}

/// The array `v[key]`; panics naming the key where there is none.
fn array<'a>(v: &'a Value, key: &str) -> &'a Vec<Value> {
    v[key]
        .as_array()
        .unwrap_or_else(|| panic!("no array {key:?} in {v}"))
}

/// The `items` of a list response.
fn items(v: &Value) -> &Vec<Value> {
    array(v, "items")
}

/// Every item of a list, following `next_cursor`; asserts no item comes twice.
fn all_pages(server: &Server, path: &str, key: &dyn Fn(&Value) -> String) -> Vec<Value> {
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut cursor: Option<String> = None;
    for _ in 0..1000 {
        let sep = if path.contains('?') { '&' } else { '?' };
        let url = match &cursor {
            Some(c) => format!("{path}{sep}cursor={c}"),
            None => path.to_string(),
        };
        let page = server.json(&url);
        for it in items(&page) {
            assert!(seen.insert(key(it)), "{} twice in {path}", key(it));
            out.push(it.clone());
        }
        match page["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_string()),
            None => return out,
        }
    }
    panic!("more than 1000 pages of {path}");
}

#[test]
fn api_lists_filters_and_pages() {
    let server = Server::start(database(), &[]);
    let all = server.json("/api/events?limit=1000");
    let all = items(&all);
    assert!(all.len() >= 10, "the corpus codes events: {}", all.len());
    // Newest first.
    let dates: Vec<&str> = all
        .iter()
        .map(|e| e["event_date"].as_str().unwrap_or(""))
        .collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");

    // Pages of 3 give exactly the same events, in the same order.
    let id = |e: &Value| e["agg_id"].to_string();
    let paged = all_pages(&server, "/api/events?limit=3", &id);
    assert_eq!(
        paged.iter().map(id).collect::<Vec<_>>(),
        all.iter().map(id).collect::<Vec<_>>()
    );
    let mention_key = |e: &Value| format!("{}#{}", e["doc_id"], e["event_idx"]);
    let mentions = all_pages(&server, "/api/events?mentions=true&limit=4", &mention_key);
    let one_page = server.json("/api/events?mentions=true&limit=1000");
    assert_eq!(mentions.len(), items(&one_page).len());
    assert!(mentions.iter().any(|m| m["doc_id"] == XSS_ID));

    // Filters: every row matches, and each filter leaves something out.
    let check = |query: &str, ok: &dyn Fn(&Value) -> bool| {
        let rows = server.json(&format!("/api/events?limit=1000&{query}"));
        let rows = items(&rows);
        assert!(!rows.is_empty(), "{query} matches nothing");
        assert!(rows.len() < all.len(), "{query} filters nothing");
        for r in rows {
            assert!(ok(r), "{query}: {r}");
        }
    };
    let s = |r: &Value, k: &str| r[k].as_str().unwrap_or("").to_string();
    check("actor=isr", &|r| {
        s(r, "source_code").starts_with("ISR") || s(r, "target_code").starts_with("ISR")
    });
    check("source=ISR", &|r| s(r, "source_code").starts_with("ISR"));
    check("target=LBN", &|r| s(r, "target_code").starts_with("LBN"));
    check("code=19", &|r| s(r, "cameo").starts_with("19"));
    check("country=mli", &|r| s(r, "country") == "MLI");
    check("since=2025-09-01", &|r| {
        s(r, "event_date").as_str() >= "2025-09-01"
    });
    check("until=2025-05-01", &|r| {
        s(r, "event_date").as_str() <= "2025-05-01"
    });
    check("since=2025-03-01&until=2025-05-31", &|r| {
        ("2025-03-01".."2025-06-01").contains(&s(r, "event_date").as_str())
    });
    // The filter layer shared with the CLI: dyads both ways, names for countries, months,
    // modality, confidence.
    check("dyad=ISR,LBN", &|r| {
        let (a, b) = (s(r, "source_code"), s(r, "target_code"));
        (a.starts_with("ISR") && b.starts_with("LBN"))
            || (a.starts_with("LBN") && b.starts_with("ISR"))
    });
    check("country=Lebanon", &|r| s(r, "country") == "LBN");
    check("since=2025-09", &|r| {
        s(r, "event_date").as_str() >= "2025-09-01"
    });
    check("modality=reported", &|r| {
        r["mentions_reported"].as_i64().unwrap() > 0
    });
    let confident = server.json("/api/events?limit=1000&min_confidence=0.5");
    assert!(items(&confident)
        .iter()
        .all(|r| r["confidence"].as_f64().unwrap() >= 0.5));
    let mention_rows = server.json("/api/events?mentions=true&limit=1000&modality=reported");
    assert!(!items(&mention_rows).is_empty());
    assert!(items(&mention_rows)
        .iter()
        .all(|r| r["modality"] == "reported"));
    let nothing = server.json("/api/events?since=2030-01-01");
    assert!(items(&nothing).is_empty() && nothing["next_cursor"].is_null());

    // Counts agree with the lists.
    let stats = server.json("/api/stats");
    assert_eq!(stats["mentions"].as_u64().unwrap() as usize, mentions.len());
    for key in [
        "by_quad_class",
        "by_type",
        "by_modality",
        "by_day_quad_class",
        "by_day_type",
    ] {
        assert!(!array(&stats, key).is_empty(), "{key}");
    }
    let per_day: i64 = array(&stats, "by_day_quad_class")
        .iter()
        .map(|r| r["count"].as_i64().unwrap())
        .sum();
    assert_eq!(per_day as usize, mentions.len());
    let filtered = server.json("/api/stats?code=19");
    assert!(filtered["mentions"].as_u64() < stats["mentions"].as_u64());

    let actors = server.json("/api/actors?limit=5");
    assert_eq!(items(&actors).len(), 5);
    assert!(items(&actors)
        .windows(2)
        .all(|w| w[0]["mentions"].as_i64() >= w[1]["mentions"].as_i64()));
    let dyads = server.json("/api/dyads?actor=ISR");
    assert!(items(&dyads)
        .iter()
        .all(|d| s(d, "source").starts_with("ISR") || s(d, "target").starts_with("ISR")));

    let geo = server.get("/api/geojson?country=MLI");
    assert_eq!(geo.status, 200);
    assert_eq!(geo.header("content-type"), Some("application/geo+json"));
    let geo = geo.json();
    assert_eq!(geo["type"], "FeatureCollection");
    let features = array(&geo, "features");
    assert!(!features.is_empty());
    assert!(features
        .iter()
        .all(|f| f["geometry"]["type"] == "Point" && f["properties"]["country"] == "MLI"));

    let hits = server.json("/api/search?q=ceasefire");
    assert!(!items(&hits).is_empty());
}

#[test]
fn api_event_and_document_pages() {
    let server = Server::start(database(), &[]);
    let list = server.json("/api/events?code=19&limit=1");
    let id = items(&list)[0]["agg_id"].as_i64().unwrap();
    let e = server.json(&format!("/api/events/{id}"));
    let mentions = array(&e, "mentions");
    assert_eq!(mentions.len() as i64, e["num_mentions"].as_i64().unwrap());
    for m in mentions {
        let roles: Vec<&str> = array(m, "segments")
            .iter()
            .filter_map(|s| s["role"].as_str())
            .collect();
        assert!(roles.contains(&"verb"), "{m}");
        let prov = array(m, "provenance");
        assert!(!prov.is_empty());
        assert!(
            prov.iter()
                .all(|p| p["text"].as_str().is_some_and(|t| !t.is_empty())),
            "{m}"
        );
        assert!(
            m["location"]["method"].is_string() && m["date"]["method"].is_string(),
            "{m}"
        );
        assert!(m["modality"]["kind"].is_string(), "{m}");
        let text: String = array(m, "segments")
            .iter()
            .map(|s| s["text"].as_str().unwrap())
            .collect();
        assert!(text.len() > 20, "{text}");
    }
    let doc_id = mentions[0]["doc_id"].as_str().unwrap();
    let doc = server.json(&format!("/api/documents/{}", encode(doc_id)));
    assert_eq!(doc["id"], doc_id);
    let sentences = array(&doc, "sentences");
    let marked = sentences
        .iter()
        .flat_map(|s| array(s, "segments"))
        .filter(|s| s["role"].is_string())
        .count();
    assert!(marked >= 3, "actors, verbs and places are marked");

    // The hostile article comes back as data, unchanged: escaping is the page's job.
    let xss = server.json(&format!("/api/documents/{}", encode(XSS_ID)));
    assert!(xss["title"].as_str().unwrap().contains("<script>"));
}

/// Percent-encode a path segment.
fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[test]
fn api_bad_input_is_a_json_4xx() {
    let server = Server::start(database(), &[]);
    for (path, parameter) in [
        ("/api/events?since=yesterday", "since"),
        ("/api/events?until=2025-02-30", "until"),
        ("/api/events?limit=0", "limit"),
        ("/api/events?limit=abc", "limit"),
        ("/api/events?limit=100000", "limit"),
        ("/api/events?limit=-1", "limit"),
        ("/api/events?cursor=zzz", "cursor"),
        ("/api/events?cursor=a2025-01-01.x", "cursor"),
        ("/api/events?mentions=true&cursor=a2025-01-01.1", "cursor"),
        ("/api/events?mentions=maybe", "mentions"),
        ("/api/events?colour=red", "colour"),
        ("/api/events?actor=ISR&actor=LBN", "actor"),
        ("/api/events?actor=%27%20OR%201%3D1--", "actor"),
        ("/api/events?code=abc", "code"),
        ("/api/events?country=Lebanon%27", "country"),
        ("/api/events?include_duplicates=yes", "include_duplicates"),
        ("/api/events/abc", "id"),
        ("/api/events/1%27", "id"),
        ("/api/search", "q"),
        ("/api/search?q=x&limit=0", "limit"),
        ("/api/stats?since=1", "since"),
        ("/api/actors?limit=x", "limit"),
        ("/api/geojson?code=x", "code"),
        ("/api/events?dyad=ISR", "dyad"),
        ("/api/events?modality=maybe", "modality"),
        ("/api/events?min_confidence=2", "min_confidence"),
        ("/api/events?since=30x", "since"),
        ("/api/events?country=Atlantis", "country"),
        ("/api/stats?modality=maybe", "modality"),
    ] {
        server.error(path, 400, Some(parameter));
    }
    server.error("/api/events/99999999", 404, None);
    server.error("/api/events/99999999999999999999", 400, Some("id"));
    server.error("/api/documents/no-such-document", 404, None);
    server.error("/api/nothing-here", 404, None);
    // Search syntax is not passed through: quotes, operators and huge repeats are words.
    for q in [
        "%22",
        "NEAR(a%20b)",
        "a%20OR%20",
        "*",
        "%3B%20DROP%20TABLE%20documents",
    ] {
        let r = server.get(&format!("/api/search?q={q}"));
        assert_eq!(r.status, 200, "{q}: {}", r.body);
    }
    // Read-only: no ingest without --allow-ingest, whatever the token.
    let r = server.request(
        "POST",
        "/api/ingest",
        &[("Authorization", "Bearer x")],
        b"{}",
    );
    assert_eq!(r.status, 403, "{}", r.body);
    let r = server.request("DELETE", "/api/events", &[], b"");
    assert_eq!(r.status, 405);
}

#[test]
fn headers_assets_and_openapi() {
    let server = Server::start(database(), &[]);
    let page = server.get("/");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("/assets/app.js"));
    for path in ["/", "/api/events", "/api/nothing", "/assets/app.js"] {
        let r = server.get(path);
        let csp = r
            .header("content-security-policy")
            .unwrap_or_else(|| panic!("no CSP on {path}"));
        assert!(
            csp.contains("default-src 'none'") && csp.contains("script-src 'self'"),
            "{csp}"
        );
        assert!(!csp.contains("unsafe-inline"));
        assert_eq!(r.header("x-content-type-options"), Some("nosniff"));
    }
    let js = server.get("/assets/app.js");
    assert!(js
        .header("content-type")
        .unwrap()
        .starts_with("text/javascript"));
    assert!(
        !js.body.contains("innerHTML"),
        "the dashboard builds its DOM from text nodes"
    );
    let atlas = server.get("/assets/countries-110m.json");
    assert_eq!(atlas.status, 200);
    assert_eq!(atlas.json()["type"], "Topology");
    // No listing, no climbing out.
    for path in [
        "/assets/",
        "/assets",
        "/assets/..%2FCargo.toml",
        "/assets/../Cargo.toml",
        "/assets/%2e%2e/%2e%2e/Cargo.toml",
    ] {
        let r = server.get(path);
        assert_eq!(r.status, 404, "{path}: {}", r.body);
    }

    // Every GET route the OpenAPI document lists answers.
    let doc = server.json("/api/openapi.json");
    assert_eq!(doc["openapi"], "3.1.0");
    let first = items(&server.json("/api/events?limit=1"))[0]["agg_id"]
        .as_i64()
        .unwrap();
    let paths = doc["paths"].as_object().unwrap();
    assert!(paths.len() >= 10);
    for (path, ops) in paths {
        if ops.get("get").is_none() {
            continue;
        }
        let url = path
            .replace("/api/events/{id}", &format!("/api/events/{first}"))
            .replace("{id}", XSS_ID)
            .replace("/api/search", "/api/search?q=strike");
        let r = server.get(&url);
        assert_eq!(r.status, 200, "{url}: {}", r.body);
    }
}

const TOKEN: &str = "correct horse battery staple";

#[test]
fn ingest_needs_the_token() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("copy.db");
    std::fs::copy(database(), &db).unwrap();
    let server = Server::start(
        &db,
        &["--allow-ingest", "--token", TOKEN, "--max-body-mb", "1"],
    );
    let article = serde_json::json!({
        "id": "urn:test:posted",
        "title": "Envoys meet in Geneva",
        "published": "2025-09-21T09:00:00Z",
        "text": "Iran's foreign minister met the French president in Paris on Sunday to discuss sanctions."
    })
    .to_string();
    let post = |auth: Option<&str>, body: &[u8]| {
        let header = auth.map(|a| format!("Bearer {a}"));
        let headers: Vec<(&str, &str)> = header
            .iter()
            .map(|h| ("Authorization", h.as_str()))
            .collect();
        server.request("POST", "/api/ingest?format=jsonl", &headers, body)
    };
    let before = server.json("/api/stats")["mentions"].as_u64().unwrap();
    let r = post(None, article.as_bytes());
    assert_eq!(r.status, 401, "{}", r.body);
    assert_eq!(r.json()["error"]["parameter"], "Authorization");
    let r = post(Some("correct horse battery stapler"), article.as_bytes());
    assert_eq!(r.status, 403, "{}", r.body);
    let r = post(Some(TOKEN), b"\xff\xfe not an article");
    assert!(r.status == 400, "{}: {}", r.status, r.body);
    let big = vec![b'a'; 2 * 1024 * 1024];
    let r = post(Some(TOKEN), &big);
    assert_eq!(r.status, 413, "{}", r.body);
    let r = post(Some(TOKEN), article.as_bytes());
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["new"], 1);
    assert!(r.json()["events"].as_u64().unwrap() >= 1, "{}", r.body);
    // The cached answer is dropped at once, not when it expires.
    let after = server.json("/api/stats")["mentions"].as_u64().unwrap();
    assert!(after > before, "{before} -> {after}");
    let doc = server.json("/api/documents/urn%3Atest%3Aposted");
    assert_eq!(doc["title"], "Envoys meet in Geneva");
    let again = post(Some(TOKEN), article.as_bytes());
    assert_eq!(again.json()["existing"], 1, "re-posting stores nothing new");
}

#[test]
fn refuses_unsafe_settings_and_stops_on_sigterm() {
    let db = database();
    let out = factum()
        .args(["serve", "--addr", "0.0.0.0:0", "--db"])
        .arg(db)
        .env_remove("FACTUM_TOKEN")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("without a token"), "{err}");
    let out = factum()
        .args(["serve", "--allow-ingest", "--db"])
        .arg(db)
        .env_remove("FACTUM_TOKEN")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(stderr(&out).contains("token"));
    let out = factum()
        .args([
            "serve",
            "--addr",
            "127.0.0.1:0",
            "--db",
            "/nonexistent/x.db",
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(stderr(&out).contains("/nonexistent/x.db"));

    // FACTUM_TOKEN counts as a token; SIGTERM stops the server cleanly.
    let mut child = factum()
        .args(["serve", "--addr", "0.0.0.0:0", "--db"])
        .arg(db)
        .env("FACTUM_TOKEN", TOKEN)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    assert!(first.contains("listening on http://0.0.0.0:"), "{first}");
    let term = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(term.success());
    let deadline = Instant::now() + Duration::from_secs(30);
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        assert!(
            Instant::now() < deadline,
            "still running 30 s after SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "{status}");
    let rest: Vec<String> = lines.map_while(Result::ok).collect();
    assert!(rest.iter().any(|l| l.contains("shutting down")), "{rest:?}");
}

// ---------- the dashboard in a real browser ----------

/// The headless browser: `FACTUM_CHROMIUM`, else `chromium` or `chromium-browser` on PATH.
fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("FACTUM_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|d| [d.join("chromium"), d.join("chromium-browser")])
        .find(|p| p.is_file())
}

/// Load `url` in headless Chromium and return the DOM after the page's scripts ran (the
/// virtual time budget lets every fetch finish); with `screenshot`, also save a PNG.
fn browse(chrome: &Path, url: &str, screenshot: Option<&str>) -> String {
    let profile = tempfile::tempdir().unwrap();
    let run = |extra: &[String]| {
        let out = Command::new(chrome)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
            ])
            .args([
                "--no-first-run",
                "--disable-extensions",
                "--window-size=1280,1100",
            ])
            .arg("--virtual-time-budget=15000")
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .args(extra)
            .arg(url)
            .output()
            .expect("chromium runs");
        assert!(
            out.status.success(),
            "chromium failed on {url}: {}",
            stderr(&out)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    if let Some(name) = screenshot {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("../serve-screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join(format!("{name}.png"));
        run(&[format!("--screenshot={}", file.display())]);
        assert!(
            file.metadata().map(|m| m.len() > 10_000).unwrap_or(false),
            "no screenshot {file:?}"
        );
    }
    run(&["--dump-dom".to_string()])
}

/// The names of the elements in serialised HTML, in order (attribute values skipped, so
/// text that merely looks like a tag inside an attribute does not count).
fn element_names(html: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut chars = html.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '<' {
            continue;
        }
        let name: String =
            std::iter::from_fn(|| chars.next_if(|c| c.is_ascii_alphanumeric() || *c == '-'))
                .collect();
        let mut quote: Option<char> = None;
        for c in chars.by_ref() {
            match (quote, c) {
                (None, '"' | '\'') => quote = Some(c),
                (Some(q), c) if c == q => quote = None,
                (None, '>') => break,
                _ => {}
            }
        }
        if !name.is_empty() {
            names.push(name.to_ascii_lowercase());
        }
    }
    names
}

/// The `data-ready-<panel>` count the page wrote on <body>, 0 when absent.
fn ready(dom: &str, panel: &str) -> u64 {
    let key = format!("data-ready-{panel}=\"");
    dom.split_once(&key)
        .and_then(|(_, rest)| rest.split('"').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

fn assert_no_page_errors(dom: &str, what: &str) {
    for class in ["class=\"script-error\"", "class=\"api-error\""] {
        if let Some(at) = dom.find(class) {
            panic!(
                "{what}: the page reported an error: {}",
                &dom[at..dom.len().min(at + 300)]
            );
        }
    }
    let body = dom
        .split("<body")
        .nth(1)
        .and_then(|b| b.split('>').next())
        .unwrap_or("");
    assert!(
        !body.contains("data-pwned"),
        "{what}: injected script ran: <body{body}>"
    );
}

/// The id of an aggregated event one of whose mentions comes from `doc_id`.
fn event_of_document(server: &Server, doc_id: &str) -> i64 {
    let all = server.json("/api/events?limit=1000");
    items(&all)
        .iter()
        .map(|e| e["agg_id"].as_i64().unwrap())
        .find(|id| {
            let e = server.json(&format!("/api/events/{id}"));
            array(&e, "mentions").iter().any(|m| m["doc_id"] == doc_id)
        })
        .unwrap_or_else(|| panic!("no aggregated event from {doc_id}"))
}

#[test]
fn dashboard_in_headless_chromium() {
    let Some(chrome) = chromium() else {
        eprintln!(
            "SKIPPED: no chromium on PATH (apt-get install chromium, or set FACTUM_CHROMIUM)"
        );
        return;
    };
    let server = Server::start(database(), &[]);
    let base = format!("http://{}", server.addr);

    let dom = browse(&chrome, &format!("{base}/"), Some("dashboard"));
    assert_no_page_errors(&dom, "dashboard");
    for panel in ["map", "timeline", "table", "network"] {
        assert!(ready(&dom, panel) > 0, "{panel} not drawn:\n{dom}");
    }
    let names = element_names(&dom);
    let count = |n: &str| names.iter().filter(|x| *x == n).count();
    assert!(count("path") > 150, "country outlines: {}", count("path"));
    assert!(
        dom.contains("class=\"bar\"")
            && dom.contains("class=\"event-dot")
            && dom.contains("class=\"edge\"")
    );
    assert!(count("tr") as u64 > ready(&dom, "table"), "table rows");

    // Filters in the URL reach every panel.
    let dom = browse(&chrome, &format!("{base}/?code=19"), None);
    assert_no_page_errors(&dom, "filtered dashboard");
    assert!(
        ready(&dom, "table") > 0 && ready(&dom, "table") < 10,
        "code=19 rows: {}",
        ready(&dom, "table")
    );
    assert!(
        dom.contains("value=\"19\" selected") || dom.contains("<option value=\"19\">"),
        "filter form"
    );

    // An event page: the sentence with its marks, badges, dictionary lines.
    let list = server.json("/api/events?code=19&country=MLI&limit=1");
    let id = items(&list)[0]["agg_id"].as_i64().unwrap();
    let dom = browse(&chrome, &format!("{base}/?event={id}"), Some("event"));
    assert_no_page_errors(&dom, "event page");
    assert!(ready(&dom, "event") > 0, "event page not drawn:\n{dom}");
    for needle in [
        "class=\"hl hl-source\"",
        "class=\"hl hl-target\"",
        "class=\"hl hl-verb\"",
        "class=\"badge modality modality-",
        "class=\"badge attribution\"",
        "class=\"badge confidence\"",
        "chosen by: ",
        "CAMEO.2.0.txt:",
    ] {
        assert!(dom.contains(needle), "event page lacks {needle}:\n{dom}");
    }
    assert!(count_of(&dom, "pre") >= 1, "dictionary line text");

    // The hostile article renders as inert text on its document page and event page.
    let xss_event = event_of_document(&server, XSS_ID);
    for (name, url) in [
        ("xss-document", format!("{base}/?doc={}", encode(XSS_ID))),
        ("xss-event", format!("{base}/?event={xss_event}")),
    ] {
        let dom = browse(&chrome, &url, Some(name));
        assert_no_page_errors(&dom, name);
        assert!(
            ready(&dom, "document") > 0 || ready(&dom, "event") > 0,
            "{name} not drawn:\n{dom}"
        );
        let names = element_names(&dom);
        assert!(
            !names.iter().any(|n| n == "img"),
            "{name}: markup from the article became an element"
        );
        assert_eq!(
            names.iter().filter(|n| *n == "script").count(),
            1,
            "{name}: only app.js"
        );
        assert!(
            dom.contains("&lt;script&gt;"),
            "{name}: the text is shown, escaped"
        );
        assert!(
            !dom.contains("javascript:"),
            "{name}: a javascript: URL became a link"
        );
    }
}

fn count_of(dom: &str, element: &str) -> usize {
    element_names(dom).iter().filter(|n| *n == element).count()
}
