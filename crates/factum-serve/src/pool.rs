//! A small pool of database connections for async handlers.
//!
//! [`Pool::run`] waits for a free slot (a semaphore with one permit per connection), takes
//! an idle [`Store`] or opens one, and runs the closure on tokio's blocking threads; the
//! connection goes back to the pool afterwards. SQLite connections are opened read-only
//! ([`Store::open_existing`]), so the server cannot change the database even by mistake;
//! ingest opens its own writable connection.

use std::sync::{Arc, Mutex};

use factum_store::Store;
use tokio::sync::Semaphore;

use crate::ApiError;

pub struct Pool {
    location: String,
    idle: Arc<Mutex<Vec<Store>>>,
    permits: Arc<Semaphore>,
}

impl Pool {
    /// A pool of at most `size` connections to `location`; one is opened now to check it.
    pub fn new(location: &str, size: usize) -> Result<Pool, factum_store::StoreError> {
        let first = open(location)?;
        Ok(Pool {
            location: location.to_string(),
            idle: Arc::new(Mutex::new(vec![first])),
            permits: Arc::new(Semaphore::new(size)),
        })
    }

    /// Run `f` with a connection, off the async threads.
    pub async fn run<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, ApiError> + Send + 'static,
    {
        let permit = self
            .permits
            .clone()
            .acquire_owned()
            .await
            .map_err(ApiError::internal)?;
        let idle = self.idle.clone();
        let location = self.location.clone();
        let task = tokio::task::spawn_blocking(move || {
            let _permit = permit;
            let taken = idle.lock().unwrap_or_else(|p| p.into_inner()).pop();
            let mut store = match taken {
                Some(s) => s,
                None => open(&location)?,
            };
            let out = f(&mut store);
            idle.lock().unwrap_or_else(|p| p.into_inner()).push(store);
            out
        });
        task.await.map_err(ApiError::internal)?
    }
}

fn open(location: &str) -> Result<Store, factum_store::StoreError> {
    if !factum_store::is_postgres_url(location) && !std::path::Path::new(location).exists() {
        return Err(factum_store::StoreError::Open {
            location: location.to_string(),
            message: format!("no such file (create it with `factum ingest … --db {location}`)"),
        });
    }
    Store::open_existing(location)
}
