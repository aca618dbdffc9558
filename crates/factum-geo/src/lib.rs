//! Places and time: GeoNames gazetteer, toponym resolution and event dates.
//!
//! Not built yet: see the issue tracker.
