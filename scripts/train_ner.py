#!/usr/bin/env python3
"""Fine-tune all-MiniLM-L6-v2 for CoNLL-2003 NER and export it for rust-bert.

The base encoder is uncased, so casing is fed back in: every sub-token gets one
of seven casing classes (see `casing_class`, mirrored in pipeline/ner/src/casing.rs),
carried through BERT's token-type embedding table, widened from 2 to 7 rows. That
keeps the model a plain rust-bert `BertForTokenClassification`.

Sentences of a document are packed into windows of at most --max-len sub-tokens so
the model sees document context, as it does at inference. Every sub-token is
labelled (continuations of a word get I-), so inference decodes sub-tokens directly.

A smaller student can be distilled from a trained model: --layers N keeps the
first N encoder layers, --init DIR starts from a trained NER model (its
embeddings, casing table, first N layers and classifier) instead of the base
encoder, and --teacher DIR adds a distillation loss towards that model's
softened predictions (--kd-alpha weights the gold-label loss, --kd-temp the
softening).

Usage (what scripts/train-ner.sh runs):
  python3 scripts/train_ner.py --data ../shared/data/conll2003 --base BASE_DIR --out models/ner-minilm-cased
"""
import argparse
import json
import math
import os
import random
import time

import torch
from safetensors.torch import save_file, load_file
from tokenizers import Tokenizer
from transformers import BertConfig, BertForTokenClassification

LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
L2I = {l: i for i, l in enumerate(LABELS)}
CASING_CLASSES = 7  # 0 special, 1 lower, 2 title, 3 upper, 4 mixed, 5 numeric, 6 other


def casing_class(surface: str) -> int:
    """Casing class of a sub-token's surface text (must match the Rust stage)."""
    letters = [c for c in surface if c.isalpha()]
    has_digit = any(c.isdigit() for c in surface)
    if not letters:
        return 5 if has_digit else 6
    if has_digit:
        return 4
    if all(c.islower() for c in letters):
        return 1
    if all(c.isupper() for c in letters):
        return 2 if len(letters) == 1 else 3
    if letters[0].isupper() and all(c.islower() for c in letters[1:]):
        return 2
    return 4


def load_docs(path):
    docs = {}
    with open(path) as f:
        for line in f:
            r = json.loads(line)
            docs.setdefault(r["doc"], []).append(r)
    return [docs[k] for k in sorted(docs)]


def encode_docs(docs, tok, max_len):
    """Pack each document's sentences into windows of sub-tokens.

    Returns a list of windows: dict(ids, casing, labels, words) where `words`
    lists (doc, sent, token_index, first_subtoken_position) for evaluation.
    """
    cls_id, sep_id = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    unk_id = tok.token_to_id("[UNK]")
    budget = max_len - 2
    windows = []
    for doc in docs:
        cur = {"ids": [], "casing": [], "labels": [], "words": []}

        def flush():
            if cur["ids"]:
                windows.append({
                    "ids": [cls_id] + cur["ids"] + [sep_id],
                    "casing": [0] + cur["casing"] + [0],
                    "labels": [-100] + cur["labels"] + [-100],
                    "words": [(d, s, t, p + 1) for (d, s, t, p) in cur["words"]],
                })
            cur.update(ids=[], casing=[], labels=[], words=[])

        for sent in doc:
            encs = tok.encode_batch(sent["tokens"], add_special_tokens=False)
            s_ids, s_cas, s_lab, s_words = [], [], [], []
            for ti, (word, enc, tag) in enumerate(zip(sent["tokens"], encs, sent["ner_bio"])):
                ids = enc.ids or [unk_id]
                offs = enc.offsets or [(0, len(word))]
                s_words.append((sent["doc"], sent["sent"], ti, len(s_ids)))
                for k, (i, (a, b)) in enumerate(zip(ids, offs)):
                    s_ids.append(i)
                    s_cas.append(casing_class(word[a:b]))
                    if k == 0 or tag == "O":
                        s_lab.append(L2I[tag])
                    else:
                        s_lab.append(L2I["I-" + tag[2:]])
            if len(cur["ids"]) + len(s_ids) > budget:
                flush()
            if len(s_ids) > budget:  # very long sentence: its own windows
                for a in range(0, len(s_ids), budget):
                    cur["ids"], cur["casing"], cur["labels"] = s_ids[a:a + budget], s_cas[a:a + budget], s_lab[a:a + budget]
                    cur["words"] = [(d, s, t, p - a) for (d, s, t, p) in s_words if a <= p < a + budget]
                    flush()
                continue
            base = len(cur["ids"])
            cur["ids"] += s_ids
            cur["casing"] += s_cas
            cur["labels"] += s_lab
            cur["words"] += [(d, s, t, p + base) for (d, s, t, p) in s_words]
        flush()
    return windows


def cut_ranges(n, max_len, context, rng):
    """(a, b) ranges of a stream of n sub-tokens, as the Rust stage cuts an
    article: windows of max_len - 2 overlapping by 2 * context, the first
    starting at a random offset (drawn only when there is more than one window)."""
    size = max_len - 2
    step = size - 2 * context
    start = -rng.randrange(step) if n > size else 0
    while True:
        a, b = max(0, start), min(n, start + size)
        if b > a:
            yield a, b
        if start + size >= n:
            break
        start += step


def slide_docs(windows, max_len, context, rng):
    """Re-cut packed windows as the Rust stage cuts a document at inference: its
    sub-tokens as one stream, windows of max_len - 2 overlapping by 2 * context,
    starting at a random offset, so windows begin mid-sentence as they do there.
    Returns windows without evaluation bookkeeping (training only)."""
    by_doc = {}
    for w in windows:
        by_doc.setdefault(w["words"][0][0] if w["words"] else id(w), []).append(w)
    out = []
    for ws in by_doc.values():
        ids = [i for w in ws for i in w["ids"][1:-1]]
        cas = [c for w in ws for c in w["casing"][1:-1]]
        lab = [l for w in ws for l in w["labels"][1:-1]]
        cls_id, sep_id = ws[0]["ids"][0], ws[0]["ids"][-1]
        for a, b in cut_ranges(len(ids), max_len, context, rng):
            out.append({"ids": [cls_id] + ids[a:b] + [sep_id], "casing": [0] + cas[a:b] + [0],
                        "labels": [-100] + lab[a:b] + [-100], "words": []})
    return out


def batches(windows, batch_size, shuffle, rng):
    order = list(range(len(windows)))
    if shuffle:
        rng.shuffle(order)
    for a in range(0, len(order), batch_size):
        chunk = [windows[i] for i in order[a:a + batch_size]]
        n = max(len(w["ids"]) for w in chunk)
        ids = torch.zeros(len(chunk), n, dtype=torch.long)
        cas = torch.zeros(len(chunk), n, dtype=torch.long)
        lab = torch.full((len(chunk), n), -100, dtype=torch.long)
        mask = torch.zeros(len(chunk), n, dtype=torch.long)
        for r, w in enumerate(chunk):
            m = len(w["ids"])
            ids[r, :m] = torch.tensor(w["ids"])
            cas[r, :m] = torch.tensor(w["casing"])
            lab[r, :m] = torch.tensor(w["labels"])
            mask[r, :m] = 1
        yield chunk, ids, cas, lab, mask


def spans(tags):
    """conlleval chunks from IOB2 tags (an I- after a different type starts a chunk)."""
    out, start, typ = set(), None, None
    for i, t in enumerate(tags + ["O"]):
        if start is not None and (t == "O" or t.startswith("B-") or t[2:] != typ):
            out.add((start, i, typ))
            start, typ = None, None
        if t != "O" and start is None:
            start, typ = i, t[2:]
    return out


def evaluate(model, windows, docs):
    model.eval()
    gold_sents = {(r["doc"], r["sent"]): r["ner_bio"] for d in docs for r in d}
    pred_sents = {k: ["O"] * len(v) for k, v in gold_sents.items()}
    with torch.no_grad():
        for chunk, ids, cas, _, mask in batches(windows, 64, False, None):
            logits = model(input_ids=ids, attention_mask=mask, token_type_ids=cas).logits
            best = logits.argmax(-1)
            for r, w in enumerate(chunk):
                for (d, s, t, p) in w["words"]:
                    pred_sents[(d, s)][t] = LABELS[best[r, p].item()]
    tp, fp, fn = {}, {}, {}
    for k in gold_sents:
        g, p = spans(gold_sents[k]), spans(pred_sents[k])
        for (_, _, typ) in p & g:
            tp[typ] = tp.get(typ, 0) + 1
        for (_, _, typ) in p - g:
            fp[typ] = fp.get(typ, 0) + 1
        for (_, _, typ) in g - p:
            fn[typ] = fn.get(typ, 0) + 1

    def prf(a, b, c):
        p = a / (a + b) if a + b else 0.0
        r = a / (a + c) if a + c else 0.0
        return {"precision": round(100 * p, 2), "recall": round(100 * r, 2),
                "f1": round(100 * (2 * p * r / (p + r) if p + r else 0.0), 2), "support": a + c}

    res = {t: prf(tp.get(t, 0), fp.get(t, 0), fn.get(t, 0)) for t in ["PER", "ORG", "LOC", "MISC"]}
    res["micro"] = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    model.train()
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True, help="folder with conll2003_{train,dev}.jsonl")
    ap.add_argument("--base", required=True, help="folder with the base encoder (config.json, model.safetensors, tokenizer.json)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--max-len", type=int, default=128)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--casing-lr", type=float, default=1e-3)
    ap.add_argument("--warmup", type=float, default=0.06)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--limit-docs", type=int, default=0, help="train on the first N documents only (smoke runs)")
    ap.add_argument("--layers", type=int, default=0, help="keep the first N encoder layers (0: all)")
    ap.add_argument("--init", default=None, help="start from this trained NER model folder instead of --base")
    ap.add_argument("--teacher", default=None, help="distil from this trained NER model folder")
    ap.add_argument("--kd-alpha", type=float, default=0.5, help="weight of the gold-label loss when distilling")
    ap.add_argument("--kd-temp", type=float, default=2.0, help="softmax temperature when distilling")
    ap.add_argument("--slide", type=int, default=-1, help="train on windows cut as at inference with this much context (re-cut each epoch); -1: sentence-packed windows")
    args = ap.parse_args()

    torch.manual_seed(args.seed)
    random.seed(args.seed)
    torch.set_num_threads(args.threads)
    rng = random.Random(args.seed)

    tok = Tokenizer.from_file(os.path.join(args.base, "tokenizer.json"))
    tok.no_padding()
    tok.no_truncation()
    train_docs = load_docs(os.path.join(args.data, "conll2003_train.jsonl"))
    dev_docs = load_docs(os.path.join(args.data, "conll2003_dev.jsonl"))
    if args.limit_docs:
        train_docs, dev_docs = train_docs[:args.limit_docs], dev_docs[:max(1, args.limit_docs // 4)]
    train_w = encode_docs(train_docs, tok, args.max_len)
    dev_w = encode_docs(dev_docs, tok, args.max_len)
    print(f"train windows {len(train_w)}, sub-tokens {sum(len(w['ids']) for w in train_w)}; dev windows {len(dev_w)}", flush=True)

    base_cfg = json.load(open(os.path.join(args.base, "config.json")))
    cfg = BertConfig(**{k: v for k, v in base_cfg.items() if k not in ("architectures", "_name_or_path", "transformers_version")})
    cfg.type_vocab_size = CASING_CLASSES
    cfg.num_labels = len(LABELS)
    cfg.id2label = {i: l for i, l in enumerate(LABELS)}
    cfg.label2id = L2I
    if args.layers:
        cfg.num_hidden_layers = args.layers
    model = BertForTokenClassification(cfg)
    kept = lambda k: not (k.startswith("bert.encoder.layer.") and int(k.split(".")[3]) >= cfg.num_hidden_layers)
    if args.init:
        init = load_file(os.path.join(args.init, "model.safetensors"))
        state = {k: v.float() for k, v in init.items() if kept(k)}
        missing, unexpected = model.load_state_dict(state, strict=False)
        assert not missing, missing
    else:
        base = load_file(os.path.join(args.base, "model.safetensors"))
        state = {}
        for k, v in base.items():
            if k.startswith("pooler.") or k.endswith("position_ids"):
                continue
            if k == "embeddings.token_type_embeddings.weight":
                v = v[0:1].repeat(CASING_CLASSES, 1)  # casing starts neutral: every class = segment A
            if kept("bert." + k):
                state["bert." + k] = v
        missing, unexpected = model.load_state_dict(state, strict=False)
        assert set(missing) <= {"classifier.weight", "classifier.bias"}, missing
    assert not unexpected, unexpected
    teacher = None
    if args.teacher:
        tcfg = BertConfig.from_dict(json.load(open(os.path.join(args.teacher, "config.json"))))
        teacher = BertForTokenClassification(tcfg)
        teacher.load_state_dict({k: v.float() for k, v in load_file(os.path.join(args.teacher, "model.safetensors")).items()}, strict=False)
        teacher.eval()
        print(f"teacher {args.teacher}: {tcfg.num_hidden_layers} layers", flush=True)

    casing_params = [model.bert.embeddings.token_type_embeddings.weight]
    other = [p for n, p in model.named_parameters() if n != "bert.embeddings.token_type_embeddings.weight"]
    no_decay = lambda n: n.endswith("bias") or "LayerNorm" in n
    groups = [
        {"params": [p for n, p in model.named_parameters() if n != "bert.embeddings.token_type_embeddings.weight" and not no_decay(n)], "weight_decay": 0.01, "lr": args.lr},
        {"params": [p for n, p in model.named_parameters() if n != "bert.embeddings.token_type_embeddings.weight" and no_decay(n)], "weight_decay": 0.0, "lr": args.lr},
        {"params": casing_params, "weight_decay": 0.0, "lr": args.casing_lr},
    ]
    assert sum(len(g["params"]) for g in groups) == len(other) + 1
    opt = torch.optim.AdamW(groups)
    per_epoch = len(slide_docs(train_w, args.max_len, args.slide, random.Random(0))) if args.slide >= 0 else len(train_w)
    steps = args.epochs * math.ceil(per_epoch / args.batch_size)
    warm = int(args.warmup * steps)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: (s + 1) / max(1, warm) if s < warm else max(0.0, (steps - s) / max(1, steps - warm)))

    os.makedirs(args.out, exist_ok=True)
    best_f1, best_state, history = -1.0, None, []
    step, t0 = 0, time.time()
    model.train()
    for epoch in range(1, args.epochs + 1):
        epoch_w = slide_docs(train_w, args.max_len, args.slide, rng) if args.slide >= 0 else train_w
        for _, ids, cas, lab, mask in batches(epoch_w, args.batch_size, True, rng):
            out = model(input_ids=ids, attention_mask=mask, token_type_ids=cas, labels=lab)
            loss = out.loss
            if teacher is not None:
                with torch.no_grad():
                    t_logits = teacher(input_ids=ids, attention_mask=mask, token_type_ids=cas).logits
                keep = lab != -100
                T = args.kd_temp
                kd = torch.nn.functional.kl_div(
                    torch.log_softmax(out.logits[keep] / T, -1), torch.softmax(t_logits[keep] / T, -1),
                    reduction="batchmean") * T * T
                loss = args.kd_alpha * loss + (1 - args.kd_alpha) * kd
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            if step % 50 == 0:
                print(f"epoch {epoch} step {step}/{steps} loss {loss.item():.4f} {time.time() - t0:.0f}s", flush=True)
        res = evaluate(model, dev_w, dev_docs)
        history.append({"epoch": epoch, "dev": res, "elapsed_s": round(time.time() - t0)})
        print(f"epoch {epoch} dev {json.dumps(res)}", flush=True)
        if res["micro"]["f1"] > best_f1:
            best_f1 = res["micro"]["f1"]
            best_state = {k: v.detach().clone() for k, v in model.state_dict().items()}

    export = {k: v.to(torch.float16).contiguous() for k, v in best_state.items() if not k.endswith("position_ids")}
    save_file(export, os.path.join(args.out, "model.safetensors"))
    out_cfg = cfg.to_dict()
    out_cfg["architectures"] = ["BertForTokenClassification"]
    out_cfg["casing_classes"] = CASING_CLASSES
    json.dump(out_cfg, open(os.path.join(args.out, "config.json"), "w"), indent=2, sort_keys=True)
    tok.save(os.path.join(args.out, "tokenizer.json"))
    json.dump({"args": vars(args), "history": history, "best_dev_micro_f1": best_f1,
               "train_windows": len(train_w), "torch": torch.__version__},
              open(os.path.join(args.out, "training.json"), "w"), indent=2)
    print(f"best dev F1 {best_f1}; wrote {args.out}", flush=True)


if __name__ == "__main__":
    main()
