//! GeoJSON (RFC 7946): events or aggregated events as a FeatureCollection of points, for
//! QGIS, geopandas (`geopandas.read_file`) and web maps (Leaflet, MapLibre).
//!
//! Each located row becomes one `Feature` with a `Point` geometry `[lon, lat]` (GeoJSON's
//! order) and every other field of the row, typed as in JSON Lines, as its `properties`.
//! Rows without coordinates (events factum could not place) have no geometry to draw and
//! are left out; [`GeojsonSink::unlocated`] counts them so the caller can say so.
//! [`feature`] builds one feature and is what an HTTP layer reuses.

use std::io::Write;

use super::Sink;
use crate::backend::{Row, Val};
use crate::fields::{json_value, Field};
use crate::Result;

/// One row as a GeoJSON Feature, or `None` when it has no `lat`/`lon`.
pub fn feature(fields: &[Field], row: &[Val]) -> Option<serde_json::Value> {
    let at = |name: &str| {
        let i = fields.iter().position(|f| f.name == name)?;
        row.get(i)?.as_real()
    };
    let (lat, lon) = (at("lat")?, at("lon")?);
    let properties: serde_json::Map<String, serde_json::Value> = fields
        .iter()
        .zip(row)
        .filter(|(f, _)| f.name != "lat" && f.name != "lon")
        .map(|(f, v)| (f.name.to_string(), json_value(f.kind, v)))
        .collect();
    Some(serde_json::json!({
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": properties,
    }))
}

/// Streams a FeatureCollection: the opening on the first page, features as they come, the
/// closing in `finish`.
pub struct GeojsonSink<'w, W: Write> {
    out: &'w mut W,
    started: bool,
    /// Features written.
    pub features: u64,
    /// Rows left out for want of coordinates.
    pub unlocated: u64,
}

impl<'w, W: Write> GeojsonSink<'w, W> {
    pub fn new(out: &'w mut W) -> Self {
        GeojsonSink {
            out,
            started: false,
            features: 0,
            unlocated: 0,
        }
    }
}

impl<W: Write> Sink for GeojsonSink<'_, W> {
    fn page(&mut self, fields: &[Field], rows: &[Row]) -> Result<()> {
        if !self.started {
            self.out
                .write_all(b"{\"type\":\"FeatureCollection\",\"features\":[")?;
            self.started = true;
        }
        for r in rows {
            let Some(f) = feature(fields, r) else {
                self.unlocated += 1;
                continue;
            };
            if self.features > 0 {
                self.out.write_all(b",")?;
            }
            self.out.write_all(b"\n")?;
            self.out.write_all(f.to_string().as_bytes())?;
            self.features += 1;
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<()> {
        if !self.started {
            self.out
                .write_all(b"{\"type\":\"FeatureCollection\",\"features\":[")?;
        }
        self.out.write_all(b"\n]}\n")?;
        self.out.flush()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fields::AGGREGATE_FIELDS;

    #[test]
    fn points_are_lon_lat_and_unlocated_rows_are_left_out() {
        let mut row: Row = vec![Val::Null; AGGREGATE_FIELDS.len()];
        let lat = AGGREGATE_FIELDS
            .iter()
            .position(|f| f.name == "lat")
            .unwrap();
        assert!(feature(AGGREGATE_FIELDS, &row).is_none());
        row[lat] = Val::Real(33.9);
        row[lat + 1] = Val::Real(35.5);
        let f = feature(AGGREGATE_FIELDS, &row).unwrap();
        assert_eq!(
            f["geometry"]["coordinates"],
            serde_json::json!([35.5, 33.9])
        );
        assert!(f["properties"]["cameo"].is_null());
        assert!(f["properties"].get("lat").is_none());
    }
}
