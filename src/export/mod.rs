//! Reports to share: attendance as CSV and a printable sign-in sheet. Private by default:
//! counts and non-identifying fields unless names are asked for, and contact details only
//! for people who agreed to be contacted.

pub mod attendance;
