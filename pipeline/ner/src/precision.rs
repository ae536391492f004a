//! Which numeric precision the forward pass runs in, and how `auto` picks one.
//!
//! The fastest precision depends on the CPU: bf16 is fast only where the CPU
//! multiplies bf16 natively (AMX, or AVX-512 BF16), and emulated elsewhere,
//! about ten times slower than fp32. int8 weights through fbgemm are fast on
//! every x86 CPU with AVX2, faster still with VNNI. The choice takes the CPU's
//! features as data, so it can be tested on any machine, and takes only
//! precisions whose measured dev accuracy is within budget of fp32 for the model
//! at hand (the model folder's `precisions.json`).

use std::path::Path;

use serde::Deserialize;

/// Numeric precision of the forward pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Precision {
    /// 32-bit floats: the reference.
    Fp32,
    /// bfloat16 weights and activations: fast where the CPU has AMX or AVX-512 BF16.
    Bf16,
    /// int8 weights (quantized at load time), fp32 activations, through fbgemm:
    /// fast on x86 CPUs with AVX2.
    Int8,
}

impl Precision {
    /// The name used in configuration and output.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Fp32 => "fp32",
            Precision::Bf16 => "bf16",
            Precision::Int8 => "int8",
        }
    }

    /// Parse a configuration name.
    pub fn parse(name: &str) -> Option<Precision> {
        [Precision::Fp32, Precision::Bf16, Precision::Int8]
            .into_iter()
            .find(|p| p.as_str() == name)
    }
}

/// The CPU features that decide the precision.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CpuFeatures {
    /// The CPU's model name, for reports.
    pub model: String,
    /// x86-64 (fbgemm runs only there).
    pub x86_64: bool,
    /// AVX2 (fbgemm's minimum).
    pub avx2: bool,
    /// AVX-512 foundation.
    pub avx512f: bool,
    /// AVX-512 BF16: native bf16 dot products.
    pub avx512_bf16: bool,
    /// AMX tiles with bf16: the fastest bf16.
    pub amx_bf16: bool,
    /// AVX-512 VNNI: fast int8 dot products.
    pub avx512_vnni: bool,
    /// AVX-VNNI (the 256-bit form).
    pub avx_vnni: bool,
}

impl CpuFeatures {
    /// The features of the CPU this runs on (from `/proc/cpuinfo` on Linux,
    /// else from the instruction-set checks the standard library makes).
    pub fn detect() -> CpuFeatures {
        let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        let mut features = CpuFeatures::from_cpuinfo(&cpuinfo);
        features.x86_64 = cfg!(target_arch = "x86_64");
        #[cfg(target_arch = "x86_64")]
        {
            features.avx2 |= std::arch::is_x86_feature_detected!("avx2");
            features.avx512f |= std::arch::is_x86_feature_detected!("avx512f");
        }
        features
    }

    /// Parse the text of `/proc/cpuinfo` (first processor).
    pub fn from_cpuinfo(text: &str) -> CpuFeatures {
        let field = |name: &str| {
            text.lines()
                .find(|l| l.split(':').next().is_some_and(|k| k.trim() == name))
                .and_then(|l| l.split_once(':'))
                .map(|(_, v)| v.trim().to_string())
        };
        let flags = field("flags").unwrap_or_default();
        let has = |f: &str| flags.split_whitespace().any(|x| x == f);
        CpuFeatures {
            model: field("model name").unwrap_or_default(),
            x86_64: has("lm") || has("avx2"),
            avx2: has("avx2"),
            avx512f: has("avx512f"),
            avx512_bf16: has("avx512_bf16"),
            amx_bf16: has("amx_bf16"),
            avx512_vnni: has("avx512_vnni"),
            avx_vnni: has("avx_vnni"),
        }
    }

    /// bf16 runs natively, not emulated.
    pub fn native_bf16(&self) -> bool {
        self.amx_bf16 || self.avx512_bf16
    }

    /// The features that matter, as `name=yes|no` pairs, for reports.
    pub fn summary(&self) -> String {
        let yes = |b: bool| if b { "yes" } else { "no" };
        format!(
            "avx2={} avx512f={} avx512_bf16={} amx_bf16={} avx512_vnni={} avx_vnni={}",
            yes(self.avx2),
            yes(self.avx512f),
            yes(self.avx512_bf16),
            yes(self.amx_bf16),
            yes(self.avx512_vnni),
            yes(self.avx_vnni)
        )
    }
}

/// How far below fp32's dev F1 a precision may score and still be chosen by `auto`.
pub const F1_BUDGET: f64 = 0.3;

/// What a model's folder says about its precisions (`precisions.json`): the dev
/// F1 measured in each, and the linear layers that stay fp32 under int8.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelPrecisions {
    /// How the figures were measured.
    #[serde(default)]
    pub measured_with: String,
    /// Dev F1 by precision name (`fp32`, `bf16`, `int8`).
    pub dev_f1: std::collections::BTreeMap<String, f64>,
    /// Linear layers (weight-name prefixes, e.g. `bert.encoder.layer.0.output.dense`;
    /// `….attention.self` for the joint query/key/value projection) kept fp32
    /// under int8: their inputs carry outliers that one int8 scale per tensor
    /// cannot hold.
    #[serde(default)]
    pub int8_keep_fp32: Vec<String>,
}

impl ModelPrecisions {
    /// Read `precisions.json` from a model folder; none (or unreadable) means
    /// only fp32 is known to be accurate.
    pub fn of_model(dir: &Path) -> ModelPrecisions {
        std::fs::read_to_string(dir.join("precisions.json"))
            .ok()
            .and_then(|s| serde_json::from_str(&s).ok())
            .unwrap_or_default()
    }

    /// Whether `p` scored within [`F1_BUDGET`] of fp32 (fp32 always does).
    pub fn within_budget(&self, p: Precision) -> bool {
        if p == Precision::Fp32 {
            return true;
        }
        match (self.dev_f1.get("fp32"), self.dev_f1.get(p.as_str())) {
            // the tolerance keeps a score exactly at the budget's edge inside it
            (Some(reference), Some(score)) => *score + 1e-9 >= reference - F1_BUDGET,
            _ => false,
        }
    }
}

/// The precision `auto` runs in: bf16 where the CPU has AMX, else int8 where
/// fbgemm runs (x86 with AVX2), else fp32; each only if the model's scores
/// allow it. AVX-512 BF16 without AMX multiplies bf16 natively but, measured on
/// such a Xeon, ran the model slower than fp32 and 2.5 times slower than int8
/// with VNNI: native is not enough, AMX is what makes bf16 fast.
pub fn choose(features: &CpuFeatures, scores: &ModelPrecisions, int8_runs: bool) -> Precision {
    if features.amx_bf16 && scores.within_budget(Precision::Bf16) {
        Precision::Bf16
    } else if features.x86_64 && features.avx2 && int8_runs && scores.within_budget(Precision::Int8)
    {
        Precision::Int8
    } else {
        Precision::Fp32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scores(pairs: &[(&str, f64)]) -> ModelPrecisions {
        ModelPrecisions {
            measured_with: String::new(),
            dev_f1: pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
            int8_keep_fp32: Vec::new(),
        }
    }

    fn cpu(flags: &str) -> CpuFeatures {
        CpuFeatures::from_cpuinfo(&format!(
            "processor\t: 0\nmodel name\t: Test CPU\nflags\t\t: fpu lm {flags}\n"
        ))
    }

    const ALL_GOOD: [(&str, f64); 3] = [("fp32", 93.6), ("bf16", 93.5), ("int8", 93.4)];

    #[test]
    fn flags_are_read_from_cpuinfo() {
        let f = cpu("avx2 avx512f avx512_vnni avx512_bf16 amx_bf16 amx_tile");
        assert_eq!(f.model, "Test CPU");
        assert!(f.avx2 && f.avx512f && f.avx512_vnni && f.avx512_bf16 && f.amx_bf16);
        assert!(!f.avx_vnni);
        // a flag is a whole word: avx512f does not make avx512_fp16 or avx512
        assert!(!cpu("avx512fp").avx512f);
    }

    #[test]
    fn amx_cpus_run_bf16() {
        assert_eq!(choose(&cpu("avx2 avx512f avx512_bf16 amx_bf16"), &scores(&ALL_GOOD), true), Precision::Bf16);
    }

    #[test]
    fn avx512_bf16_without_amx_runs_int8() {
        assert_eq!(choose(&cpu("avx2 avx512f avx512_bf16 avx512_vnni"), &scores(&ALL_GOOD), true), Precision::Int8);
    }

    #[test]
    fn avx2_only_cpus_run_int8_not_emulated_bf16() {
        let epyc = cpu("avx2 fma sse4_2");
        assert_eq!(choose(&epyc, &scores(&ALL_GOOD), true), Precision::Int8);
        // without VNNI too; and with AVX-512 but no BF16 (Skylake, Ice Lake)
        assert_eq!(choose(&cpu("avx2 avx512f avx512_vnni"), &scores(&ALL_GOOD), true), Precision::Int8);
    }

    #[test]
    fn fp32_where_int8_cannot_run() {
        // no AVX2 (old x86, or ARM: no x86 flags at all)
        assert_eq!(choose(&cpu("sse4_2"), &scores(&ALL_GOOD), true), Precision::Fp32);
        let arm = CpuFeatures::from_cpuinfo("processor\t: 0\nFeatures\t: fp asimd bf16\n");
        assert_eq!(choose(&arm, &scores(&ALL_GOOD), true), Precision::Fp32);
        // fbgemm missing from the libtorch build
        assert_eq!(choose(&cpu("avx2"), &scores(&ALL_GOOD), false), Precision::Fp32);
    }

    #[test]
    fn a_precision_outside_the_accuracy_budget_is_never_chosen() {
        let int8_poor = scores(&[("fp32", 93.6), ("bf16", 93.5), ("int8", 93.2)]);
        assert_eq!(choose(&cpu("avx2"), &int8_poor, true), Precision::Fp32);
        let bf16_poor = scores(&[("fp32", 93.6), ("bf16", 93.0), ("int8", 93.4)]);
        assert_eq!(choose(&cpu("avx2 amx_bf16"), &bf16_poor, true), Precision::Int8);
        // a model without measured figures runs fp32
        assert_eq!(choose(&cpu("avx2 amx_bf16"), &ModelPrecisions::default(), true), Precision::Fp32);
    }

    #[test]
    fn budget_is_inclusive_at_exactly_its_width() {
        let s = scores(&[("fp32", 93.5), ("int8", 93.2)]);
        assert!(s.within_budget(Precision::Int8));
        let s = scores(&[("fp32", 93.5), ("int8", 93.19)]);
        assert!(!s.within_budget(Precision::Int8));
    }

    #[test]
    fn names_round_trip() {
        for p in [Precision::Fp32, Precision::Bf16, Precision::Int8] {
            assert_eq!(Precision::parse(p.as_str()), Some(p));
        }
        assert_eq!(Precision::parse("fp16"), None);
    }
}
