//! The BERT encoder forward pass, composed on tch from fused libtorch kernels.
//!
//! rust-bert defines the model (so its weight names and config are the reference;
//! `weights` reads them by those names); this module takes the loaded weights and runs the same
//! computation with fewer, larger kernels: one QKV projection per layer,
//! `scaled_dot_product_attention` instead of matmul + mask + softmax + matmul,
//! native GELU, `addmm` on pre-transposed weights over a 2-D activation, and no
//! layout copies besides the heads' split and merge. rust-bert composes GELU from
//! erf and four arithmetic passes and copies between layouts; profiled, those
//! element-wise kernels took more time than the matrix products.
//!
//! Linear layers run in one of three ways (see [`Precision`]): fp32, bf16, or
//! int8 weights with fp32 activations through fbgemm, the weights quantized at
//! load time from the committed fp16 ones.

use std::collections::HashMap;

use tch::{Kind, Tensor};

use crate::{NerError, Precision};

/// A linear layer `y = x Wᵀ + b` in the form the precision runs fastest.
enum Linear {
    /// `addmm(b, x, w_t)` with `w_t` = Wᵀ, contiguous (fp32 or bf16).
    Dense { w_t: Tensor, b: Tensor },
    /// fbgemm int8 weights, fp32 activations (quantized per call, per tensor).
    Int8 {
        /// The int8 weights, `[out, in]`, for the kernel's shape checks.
        q: Tensor,
        /// The packed form fbgemm multiplies with.
        packed: Tensor,
        /// Per output row: sum of its int8 weights minus zero point × inputs.
        col_offsets: Tensor,
        /// Weight scale (zero point 0: symmetric).
        scale: f64,
        b: Tensor,
    },
}

impl Linear {
    fn new(w: &Tensor, b: &Tensor, precision: Precision) -> Result<Linear, NerError> {
        Ok(match precision {
            Precision::Fp32 | Precision::Bf16 => {
                let kind = dense_kind(precision);
                Linear::Dense {
                    w_t: w.to_kind(kind).tr().contiguous(),
                    b: b.to_kind(kind),
                }
            }
            Precision::Int8 => {
                let w = w.to_kind(Kind::Float);
                let (q, scale) = quantize_symmetric(&w)?;
                let col_offsets = q.sum_dim_intlist(1, false, Kind::Int);
                let packed = q.f_fbgemm_pack_quantized_matrix()?;
                Linear::Int8 {
                    q,
                    packed,
                    col_offsets,
                    scale,
                    b: b.to_kind(Kind::Float),
                }
            }
        })
    }

    /// `x` is 2-D: `[rows, in]`.
    fn forward(&self, x: &Tensor) -> Result<Tensor, NerError> {
        Ok(match self {
            Linear::Dense { w_t, b } => b.f_addmm(x, w_t)?,
            Linear::Int8 {
                q,
                packed,
                col_offsets,
                scale,
                b,
            } => x.f_fbgemm_linear_int8_weight_fp32_activation(
                q,
                packed,
                col_offsets,
                tch::Scalar::float(*scale),
                tch::Scalar::int(0),
                b,
            )?,
        })
    }
}

/// Whether fbgemm's int8 linear runs here (x86 with AVX2, libtorch built with
/// fbgemm): a tiny layer is quantized and run once.
///
/// libtorch 2.4 warns once per process that these fbgemm functions are
/// deprecated (they are still what ships in its wheels); the probe makes their
/// first calls with standard error pointed away, so users see no such line.
pub(crate) fn int8_probe() -> bool {
    let w = Tensor::from_slice(&[0.5f32, -0.25, 1.0, 0.0]).view([2, 2]);
    let b = Tensor::zeros([2], (Kind::Float, tch::Device::Cpu));
    let x = Tensor::from_slice(&[1.0f32, 2.0]).view([1, 2]);
    let _quiet = QuietStderr::new();
    Linear::new(&w, &b, Precision::Int8)
        .and_then(|l| l.forward(&x))
        .is_ok_and(|y| y.double_value(&[0, 0]).abs() < 0.05)
}

/// Standard error pointed at /dev/null until dropped (Unix; elsewhere a no-op).
struct QuietStderr {
    #[cfg(unix)]
    saved: Option<i32>,
}

impl QuietStderr {
    fn new() -> QuietStderr {
        #[cfg(unix)]
        {
            use std::os::fd::AsRawFd;
            let saved = std::fs::OpenOptions::new()
                .write(true)
                .open("/dev/null")
                .ok()
                .and_then(|null| {
                    // SAFETY: dup and dup2 on valid descriptors; `null` stays open
                    // until dup2 has copied it.
                    unsafe {
                        let saved = libc::dup(2);
                        (saved >= 0 && libc::dup2(null.as_raw_fd(), 2) >= 0).then_some(saved)
                    }
                });
            QuietStderr { saved }
        }
        #[cfg(not(unix))]
        QuietStderr {}
    }
}

impl Drop for QuietStderr {
    fn drop(&mut self) {
        #[cfg(unix)]
        if let Some(saved) = self.saved.take() {
            // SAFETY: `saved` is the descriptor dup'ed from 2 in `new`.
            unsafe {
                libc::dup2(saved, 2);
                libc::close(saved);
            }
        }
    }
}

/// The kind dense weights and activations are kept in.
fn dense_kind(precision: Precision) -> Kind {
    match precision {
        Precision::Bf16 => Kind::BFloat16,
        Precision::Fp32 | Precision::Int8 => Kind::Float,
    }
}

/// Symmetric per-tensor int8 quantization to fbgemm's conventions: values in
/// [-127, 127], zero point 0, scale = max |w| / 127.
pub(crate) fn quantize_symmetric(w: &Tensor) -> Result<(Tensor, f64), NerError> {
    let max = w.f_abs()?.f_max()?.double_value(&[]);
    let scale = if max > 0.0 { max / 127.0 } else { 1.0 };
    let q = (w / scale)
        .f_round()?
        .f_clamp(-127, 127)?
        .f_to_kind(Kind::Int8)?
        .f_contiguous()?;
    Ok((q, scale))
}

struct Norm {
    w: Tensor,
    b: Tensor,
}

impl Norm {
    fn forward(&self, x: &Tensor, eps: f64) -> Result<Tensor, NerError> {
        let h = x.size().last().copied().unwrap_or(0);
        Ok(x.f_layer_norm([h], Some(&self.w), Some(&self.b), eps, false)?)
    }
}

struct Layer {
    qkv: Linear,
    attn_out: Linear,
    attn_norm: Norm,
    ffn_in: Linear,
    ffn_out: Linear,
    ffn_norm: Norm,
}

/// Shapes of the encoder, from the model's config.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Shape {
    /// Hidden size.
    pub hidden: i64,
    /// Attention heads.
    pub heads: i64,
    /// Layers.
    pub layers: usize,
    /// Layer-norm epsilon.
    pub eps: f64,
}

/// A BERT token-classification encoder ready to run.
pub(crate) struct Encoder {
    word: Tensor,
    position: Tensor,
    token_type: Tensor,
    embed_norm: Norm,
    layers: Vec<Layer>,
    classifier: Linear,
    shape: Shape,
    /// Kind of the activations between layers.
    kind: Kind,
}

/// The weights rust-bert loaded, by name, and the linear layers that stay
/// fp32 when the rest run int8.
struct Weights<'a> {
    tensors: HashMap<String, Tensor>,
    keep_fp32: &'a [String],
}

impl Weights<'_> {
    /// The precision of the linear layer `prefix`: int8 layers named in
    /// `keep_fp32` (their inputs have outliers per-tensor int8 cannot hold) run fp32.
    fn precision_of(&self, prefix: &str, precision: Precision) -> Precision {
        if precision == Precision::Int8 && self.keep_fp32.iter().any(|k| k == prefix) {
            Precision::Fp32
        } else {
            precision
        }
    }

    fn get(&self, name: &str) -> Result<&Tensor, NerError> {
        self.tensors.get(name).ok_or_else(|| NerError::ModelFile {
            path: name.into(),
            message: "weight missing from the loaded model".into(),
        })
    }

    fn norm(&self, prefix: &str, kind: Kind) -> Result<Norm, NerError> {
        Ok(Norm {
            w: self.get(&format!("{prefix}.weight"))?.to_kind(kind),
            b: self.get(&format!("{prefix}.bias"))?.to_kind(kind),
        })
    }

    fn linear(&self, prefix: &str, precision: Precision) -> Result<Linear, NerError> {
        Linear::new(
            self.get(&format!("{prefix}.weight"))?,
            self.get(&format!("{prefix}.bias"))?,
            self.precision_of(prefix, precision),
        )
    }
}

impl Encoder {
    /// Build from the variables of a loaded rust-bert `BertForTokenClassification`;
    /// with int8, the linear layers named in `keep_fp32` stay fp32.
    pub fn new(
        variables: HashMap<String, Tensor>,
        shape: Shape,
        precision: Precision,
        keep_fp32: &[String],
    ) -> Result<Encoder, NerError> {
        if precision == Precision::Int8 && !crate::int8_runs() {
            return Err(NerError::Unsupported(
                "entities.precision = \"int8\" needs fbgemm: an x86-64 CPU with AVX2 and a libtorch built with it".into(),
            ));
        }
        let w = Weights {
            tensors: variables,
            keep_fp32,
        };
        // Element-wise work (embeddings, norms, attention) runs in bf16 only for bf16;
        // int8 keeps fp32 activations.
        let kind = dense_kind(precision);
        let mut layers = Vec::with_capacity(shape.layers);
        for i in 0..shape.layers {
            let p = format!("bert.encoder.layer.{i}");
            let part = |name: &str, what: &str| w.get(&format!("{p}.attention.self.{name}.{what}"));
            // One projection for query, key and value: [3H, H].
            let qkv_w = Tensor::f_cat(
                &[part("query", "weight")?, part("key", "weight")?, part("value", "weight")?],
                0,
            )?;
            let qkv_b = Tensor::f_cat(
                &[part("query", "bias")?, part("key", "bias")?, part("value", "bias")?],
                0,
            )?;
            layers.push(Layer {
                qkv: Linear::new(&qkv_w, &qkv_b, w.precision_of(&format!("{p}.attention.self"), precision))?,
                attn_out: w.linear(&format!("{p}.attention.output.dense"), precision)?,
                attn_norm: w.norm(&format!("{p}.attention.output.LayerNorm"), kind)?,
                ffn_in: w.linear(&format!("{p}.intermediate.dense"), precision)?,
                ffn_out: w.linear(&format!("{p}.output.dense"), precision)?,
                ffn_norm: w.norm(&format!("{p}.output.LayerNorm"), kind)?,
            });
        }
        let emb = |name: &str| -> Result<Tensor, NerError> {
            Ok(w.get(&format!("bert.embeddings.{name}.weight"))?.to_kind(kind))
        };
        // The classifier is small (18 outputs): dense in fp32 keeps its scores exact.
        let classifier = Linear::new(
            w.get("classifier.weight")?,
            w.get("classifier.bias")?,
            if precision == Precision::Bf16 { Precision::Bf16 } else { Precision::Fp32 },
        )?;
        Ok(Encoder {
            word: emb("word_embeddings")?,
            position: emb("position_embeddings")?,
            token_type: emb("token_type_embeddings")?,
            embed_norm: w.norm("bert.embeddings.LayerNorm", kind)?,
            layers,
            classifier,
            shape,
            kind,
        })
    }

    /// Logits `[rows, width, labels]` (fp32) for token ids, token types and an
    /// attention mask (1 = token, 0 = padding), each `[rows, width]`.
    pub fn forward(&self, ids: &Tensor, types: &Tensor, mask: &Tensor) -> Result<Tensor, NerError> {
        let size = ids.size();
        let (rows, width) = (size[0], size[1]);
        let Shape { hidden, heads, eps, .. } = self.shape;
        let head_dim = hidden / heads;
        let x = Tensor::f_embedding(&self.word, ids, -1, false, false)?
            + self.position.f_narrow(0, 0, width)?.f_unsqueeze(0)?
            + Tensor::f_embedding(&self.token_type, types, -1, false, false)?;
        let mut x = self.embed_norm.forward(&x, eps)?.f_reshape([rows * width, hidden])?;
        // Padding keys take no part in attention: [rows, 1, 1, width], true = attend.
        let attend = mask.f_ne(0)?.f_view([rows, 1, 1, width])?;
        for layer in &self.layers {
            let qkv = layer
                .qkv
                .forward(&x)?
                .f_to_kind(self.kind)?
                .f_view([rows, width, 3, heads, head_dim])?
                .f_permute([2, 0, 3, 1, 4])?;
            let (q, k, v) = (qkv.get(0), qkv.get(1), qkv.get(2));
            let ctx = Tensor::f_scaled_dot_product_attention(&q, &k, &v, Some(&attend), 0.0, false, None)?
                .f_transpose(1, 2)?
                .f_reshape([rows * width, hidden])?;
            let a = layer.attn_out.forward(&ctx)?.f_to_kind(self.kind)? + &x;
            let a = layer.attn_norm.forward(&a, eps)?;
            let h = layer.ffn_in.forward(&a)?.f_gelu("none")?;
            let o = layer.ffn_out.forward(&h)?.f_to_kind(self.kind)? + &a;
            x = layer.ffn_norm.forward(&o, eps)?;
        }
        let logits = self.classifier.forward(&x)?;
        Ok(logits.f_to_kind(Kind::Float)?.f_view([rows, width, -1])?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symmetric_quantization_keeps_the_largest_weight_and_zero() {
        let w = Tensor::from_slice(&[0.0f32, 0.5, -1.27, 0.01]).view([2, 2]);
        let (q, scale) = quantize_symmetric(&w).unwrap();
        assert!((scale - 0.01).abs() < 1e-9);
        assert_eq!(Vec::<i8>::try_from(q.flatten(0, -1)).unwrap(), [0, 50, -127, 1]);
    }

    #[test]
    fn int8_linear_is_close_to_fp32() {
        if !int8_probe() {
            eprintln!("skipped: this libtorch has no fbgemm");
            return;
        }
        tch::manual_seed(7);
        let w = Tensor::randn([48, 64], (Kind::Float, tch::Device::Cpu)) * 0.1;
        let b = Tensor::randn([48], (Kind::Float, tch::Device::Cpu));
        let x = Tensor::randn([10, 64], (Kind::Float, tch::Device::Cpu));
        let exact = Linear::new(&w, &b, Precision::Fp32).unwrap().forward(&x).unwrap();
        let int8 = Linear::new(&w, &b, Precision::Int8).unwrap().forward(&x).unwrap();
        let err = (&exact - &int8).abs().max().double_value(&[]);
        let range = exact.abs().max().double_value(&[]);
        assert!(err < 0.05 * range, "error {err} of {range}");
    }
}
