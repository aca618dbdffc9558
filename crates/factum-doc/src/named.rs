//! Enums whose values are written as text: in the JSON of a layer, in the store's columns,
//! in exports.
//!
//! [`named_enum!`] declares such an enum with each variant's text written once: serde uses it
//! (so the JSON is the text), [`as_str`](PlaceKind::as_str) returns it (what the store writes
//! in its columns) and `Display` prints it. A value that is not one of the variants is then
//! a deserialisation error, not a string nobody checks.
//!
//! [`PlaceKind`]: crate::PlaceKind

/// `named_enum! { /// docs  pub enum Name { /// docs  Variant = "text", … } }`
macro_rules! named_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $text)] $variant, )+
        }

        impl $name {
            /// The value as written in JSON, in the store and in exports.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $( $name::$variant => $text, )+
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
