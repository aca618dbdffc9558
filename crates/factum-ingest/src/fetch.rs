//! A polite HTTP client for feeds and `--fetch-links` (feature `fetch`): one shared agent,
//! a global timeout, an honest user agent, a body size limit, and HTTP errors reported as
//! errors (a 404 page is not an article).

use std::sync::OnceLock;
use std::time::Duration;

/// Largest feed document downloaded.
pub const MAX_FEED_BYTES: u64 = 32 * 1024 * 1024;

/// Whole-request timeout: connect, send, receive.
pub const TIMEOUT: Duration = Duration::from_secs(20);

/// Sent with every request so publishers can see who is calling.
pub const USER_AGENT: &str = concat!(
    "factum/",
    env!("CARGO_PKG_VERSION"),
    " (news event coder; +https://github.com/factum-events/factum)"
);

fn agent() -> &'static ureq::Agent {
    static AGENT: OnceLock<ureq::Agent> = OnceLock::new();
    AGENT.get_or_init(|| {
        ureq::Agent::config_builder()
            .timeout_global(Some(TIMEOUT))
            .user_agent(USER_AGENT)
            .max_redirects(5)
            .build()
            .into()
    })
}

/// GET `url` and return the body, at most `limit` bytes.
pub fn get(url: &str, limit: u64) -> Result<Vec<u8>, String> {
    let mut response = agent()
        .get(url)
        .call()
        .map_err(|e| format!("cannot fetch: {e}"))?;
    response
        .body_mut()
        .with_config()
        .limit(limit)
        .read_to_vec()
        .map_err(|e| format!("cannot read the response: {e}"))
}
