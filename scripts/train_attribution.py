#!/usr/bin/env python3
"""Teach the NER model a second task: attribution tags (content, source, cue).

The entities model gains 9 more outputs on its one classifier: BIO tags for the
content, source and cue of attributions, learned from PolNeAR train. One forward
pass then serves both the entities and the quotes stage, so the quotes stage gets
a learned view of attributions at no extra encoder cost.

The NER outputs are kept by distillation: the starting model is its own teacher
on every window (PolNeAR and CoNLL), and CoNLL windows also carry their gold
tags. Dev figures: CoNLL dev F1 for NER, token-level P/R/F1 on PolNeAR dev for
the attribution tags (span-level figures come from `news-extract eval quotes`).

Example (about 45 minutes on 2 cores):
  .venv-train/bin/python scripts/train_attribution.py \
      --conll ../shared/data/conll2003 --polnear ../shared/data/quotes \
      --init models/ner-minilm-l4-cased --out models/ner-attr-minilm-l4-cased --epochs 3
"""

import argparse
import bisect
import json
import math
import os
import random
import sys
import time

import torch
from safetensors.torch import load_file, save_file
from tokenizers import Tokenizer
from transformers import BertConfig, BertForTokenClassification

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from train_ner import LABELS, batches, casing_class, cut_ranges, encode_docs, evaluate, load_docs, slide_docs  # noqa: E402

TASKS = ["content", "source", "cue"]
ATTR_LABELS = [f"{t}:{b}" for t in TASKS for b in ("O", "B", "I")]
NER_N = len(LABELS)


def polnear_docs(path):
    """One annotation file per article (the first by id), as `eval quotes` reads them."""
    docs = {}
    with open(path) as f:
        for line in f:
            d = json.loads(line)
            key = d.get("article", d["id"])
            if key not in docs or d["id"] < docs[key]["id"]:
                docs[key] = d
    return [docs[k] for k in sorted(docs)]


def encode_polnear(docs, tok):
    """Each article as one stream of sub-tokens with casing classes and 3 BIO
    label rows (content, source, cue), all over the article's text."""
    out = []
    for d in docs:
        text = d["text"]
        enc = tok.encode(text, add_special_tokens=False)
        offs = enc.offsets
        n = len(enc.ids)
        starts = [a for a, _ in offs]
        labels = [[0] * n for _ in TASKS]
        for a in d["attributions"]:
            for k, key in enumerate(["contents", "sources", "cues"]):
                for s in a[key]:
                    # sub-tokens inside the span
                    i = bisect.bisect_left(starts, s["start"])
                    first = True
                    while i < n and offs[i][1] <= s["end"]:
                        if offs[i][1] > offs[i][0] and labels[k][i] == 0:
                            labels[k][i] = 1 if first else 2
                        first = False
                        i += 1
        out.append({"ids": enc.ids, "casing": [casing_class(text[a:b]) for a, b in offs], "labels": labels})
    return out


def cut_polnear(docs, max_len, context, rng, cls_id, sep_id):
    """Windows cut as the Rust stage cuts an article (random first offset)."""
    out = []
    for d in docs:
        for a, b in cut_ranges(len(d["ids"]), max_len, context, rng):
            out.append({"ids": [cls_id] + d["ids"][a:b] + [sep_id],
                        "casing": [0] + d["casing"][a:b] + [0],
                        "attr": [[-100] + row[a:b] + [-100] for row in d["labels"]]})
    return out


def attr_batch(chunk):
    n = max(len(w["ids"]) for w in chunk)
    ids = torch.zeros(len(chunk), n, dtype=torch.long)
    cas = torch.zeros(len(chunk), n, dtype=torch.long)
    lab = torch.full((len(chunk), len(TASKS), n), -100, dtype=torch.long)
    mask = torch.zeros(len(chunk), n, dtype=torch.long)
    for r, w in enumerate(chunk):
        m = len(w["ids"])
        ids[r, :m] = torch.tensor(w["ids"])
        cas[r, :m] = torch.tensor(w["casing"])
        lab[r, :, :m] = torch.tensor(w["attr"])
        mask[r, :m] = 1
    return ids, cas, lab, mask


def attr_loss(logits, lab, weight):
    loss = 0.0
    for k in range(len(TASKS)):
        part = logits[..., NER_N + 3 * k: NER_N + 3 * k + 3]
        loss = loss + torch.nn.functional.cross_entropy(
            part.reshape(-1, 3), lab[:, k].reshape(-1), weight=weight, ignore_index=-100)
    return loss


def kd_loss(student, teacher, mask, temp):
    keep = mask.bool()
    return torch.nn.functional.kl_div(
        torch.log_softmax(student[keep] / temp, -1), torch.softmax(teacher[keep] / temp, -1),
        reduction="batchmean") * temp * temp


class NerView(torch.nn.Module):
    """The NER outputs alone, for train_ner.evaluate."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, **kw):
        out = self.model(**kw)
        out.logits = out.logits[..., :NER_N]
        return out


def attr_eval(model, windows):
    """Token-level P/R/F1 of each attribution task (inside = B or I)."""
    model.eval()
    tp = [0] * len(TASKS)
    pp = [0] * len(TASKS)
    gg = [0] * len(TASKS)
    with torch.no_grad():
        for a in range(0, len(windows), 64):
            ids, cas, lab, mask = attr_batch(windows[a:a + 64])
            logits = model(input_ids=ids, attention_mask=mask, token_type_ids=cas).logits
            for k in range(len(TASKS)):
                pred = logits[..., NER_N + 3 * k: NER_N + 3 * k + 3].argmax(-1) > 0
                gold = lab[:, k] > 0
                real = lab[:, k] != -100
                tp[k] += (pred & gold & real).sum().item()
                pp[k] += (pred & real).sum().item()
                gg[k] += (gold & real).sum().item()
    model.train()
    res = {}
    for k, t in enumerate(TASKS):
        p = tp[k] / pp[k] if pp[k] else 0.0
        r = tp[k] / gg[k] if gg[k] else 0.0
        res[t] = {"precision": round(100 * p, 2), "recall": round(100 * r, 2),
                  "f1": round(100 * (2 * p * r / (p + r) if p + r else 0.0), 2)}
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--conll", required=True, help="folder with conll2003_{train,dev}.jsonl")
    ap.add_argument("--polnear", required=True, help="folder with polnear_{train,dev}.jsonl")
    ap.add_argument("--init", required=True, help="trained NER model folder (also the teacher)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--epochs", type=float, default=1.0)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--max-len", type=int, default=128)
    ap.add_argument("--context", type=int, default=8)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument("--kd-temp", type=float, default=2.0)
    ap.add_argument("--kd-weight", type=float, default=1.0)
    ap.add_argument("--conll-share", type=float, default=0.3, help="CoNLL windows per PolNeAR window")
    ap.add_argument("--inside-weight", type=float, default=2.0, help="class weight of B/I in the attribution loss")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--limit-docs", type=int, default=0)
    args = ap.parse_args()

    torch.manual_seed(args.seed)
    random.seed(args.seed)
    torch.set_num_threads(args.threads)
    rng = random.Random(args.seed)

    tok = Tokenizer.from_file(os.path.join(args.init, "tokenizer.json"))
    tok.no_padding()
    tok.no_truncation()
    cls_id, sep_id = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    p_train = polnear_docs(os.path.join(args.polnear, "polnear_train.jsonl"))
    p_dev = polnear_docs(os.path.join(args.polnear, "polnear_dev.jsonl"))
    c_train = load_docs(os.path.join(args.conll, "conll2003_train.jsonl"))
    c_dev = load_docs(os.path.join(args.conll, "conll2003_dev.jsonl"))
    if args.limit_docs:
        p_train, p_dev = p_train[:args.limit_docs], p_dev[:max(1, args.limit_docs // 4)]
        c_train, c_dev = c_train[:args.limit_docs], c_dev[:max(1, args.limit_docs // 4)]
    p_train_e = encode_polnear(p_train, tok)
    p_dev_w = cut_polnear(encode_polnear(p_dev, tok), args.max_len, args.context, random.Random(0), cls_id, sep_id)
    c_train_w = encode_docs(c_train, tok, args.max_len)
    c_dev_w = encode_docs(c_dev, tok, args.max_len)
    print(f"PolNeAR train articles {len(p_train)}, dev windows {len(p_dev_w)}; CoNLL train windows {len(c_train_w)}", flush=True)

    cfg = BertConfig.from_dict(json.load(open(os.path.join(args.init, "config.json"))))
    teacher = BertForTokenClassification(cfg)
    init = {k: v.float() for k, v in load_file(os.path.join(args.init, "model.safetensors")).items()}
    teacher.load_state_dict(init, strict=False)
    teacher.eval()
    labels = LABELS + ATTR_LABELS
    cfg.num_labels = len(labels)
    cfg.id2label = {i: l for i, l in enumerate(labels)}
    cfg.label2id = {l: i for i, l in enumerate(labels)}
    model = BertForTokenClassification(cfg)
    state = dict(init)
    w = model.classifier.weight.detach().clone()
    b = torch.zeros(len(labels))
    w[:NER_N] = init["classifier.weight"]
    b[:NER_N] = init["classifier.bias"]
    state["classifier.weight"], state["classifier.bias"] = w, b
    missing, unexpected = model.load_state_dict(state, strict=False)
    assert not [m for m in missing if not m.endswith("position_ids")], missing

    head = [model.classifier.weight, model.classifier.bias]
    casing = [model.bert.embeddings.token_type_embeddings.weight]
    special = {id(p) for p in head + casing}
    no_decay = lambda n: n.endswith("bias") or "LayerNorm" in n
    groups = [
        {"params": [p for n, p in model.named_parameters() if id(p) not in special and not no_decay(n)], "weight_decay": 0.01, "lr": args.lr},
        {"params": [p for n, p in model.named_parameters() if id(p) not in special and no_decay(n)], "weight_decay": 0.0, "lr": args.lr},
        {"params": head + casing, "weight_decay": 0.0, "lr": args.head_lr},
    ]
    opt = torch.optim.AdamW(groups)
    weight = torch.tensor([1.0, args.inside_weight, args.inside_weight])

    def epoch_plan():
        pw = cut_polnear(p_train_e, args.max_len, args.context, rng, cls_id, sep_id)
        cw = slide_docs(c_train_w, args.max_len, args.context, rng)
        rng.shuffle(cw)
        cw = cw[:int(len(pw) * args.conll_share)]
        plan = [("p", pw[a:a + args.batch_size]) for a in range(0, len(pw), args.batch_size)]
        plan += [("c", cw[a:a + args.batch_size]) for a in range(0, len(cw), args.batch_size)]
        rng.shuffle(plan)
        return plan

    per_epoch = len(epoch_plan())
    steps = math.ceil(args.epochs * per_epoch)
    warm = int(0.06 * steps)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: (s + 1) / max(1, warm) if s < warm else max(0.0, (steps - s) / max(1, steps - warm)))
    print(f"{steps} steps ({per_epoch} per epoch)", flush=True)

    step, t0, history = 0, time.time(), []
    model.train()
    epoch = 0
    while step < steps:
        epoch += 1
        for kind, chunk in epoch_plan():
            if step >= steps:
                break
            if kind == "p":
                ids, cas, lab, mask = attr_batch(chunk)
                logits = model(input_ids=ids, attention_mask=mask, token_type_ids=cas).logits
                with torch.no_grad():
                    t_logits = teacher(input_ids=ids, attention_mask=mask, token_type_ids=cas).logits
                loss = attr_loss(logits, lab, weight) + args.kd_weight * kd_loss(logits[..., :NER_N], t_logits, mask, args.kd_temp)
            else:
                _, ids, cas, lab, mask = next(batches(chunk, len(chunk), False, None))
                logits = model(input_ids=ids, attention_mask=mask, token_type_ids=cas).logits
                with torch.no_grad():
                    t_logits = teacher(input_ids=ids, attention_mask=mask, token_type_ids=cas).logits
                ner = torch.nn.functional.cross_entropy(logits[..., :NER_N].reshape(-1, NER_N), lab.reshape(-1), ignore_index=-100)
                loss = 0.5 * ner + 0.5 * kd_loss(logits[..., :NER_N], t_logits, mask, args.kd_temp)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            if step % 50 == 0:
                print(f"step {step}/{steps} {kind} loss {loss.item():.4f} {time.time() - t0:.0f}s", flush=True)
    ner = evaluate(NerView(model), c_dev_w, c_dev)
    attr = attr_eval(model, p_dev_w)
    history.append({"epochs": args.epochs, "ner_dev": ner, "attribution_dev_tokens": attr, "elapsed_s": round(time.time() - t0)})
    print(f"NER dev {json.dumps(ner['micro'])}; attribution dev {json.dumps(attr)}", flush=True)

    os.makedirs(args.out, exist_ok=True)
    export = {k: v.detach().to(torch.float16).contiguous() for k, v in model.state_dict().items() if not k.endswith("position_ids")}
    save_file(export, os.path.join(args.out, "model.safetensors"))
    out_cfg = cfg.to_dict()
    out_cfg["architectures"] = ["BertForTokenClassification"]
    out_cfg["casing_classes"] = json.load(open(os.path.join(args.init, "config.json"))).get("casing_classes", 7)
    out_cfg["ner_labels"] = NER_N
    json.dump(out_cfg, open(os.path.join(args.out, "config.json"), "w"), indent=2, sort_keys=True)
    tok.save(os.path.join(args.out, "tokenizer.json"))
    json.dump({"args": vars(args), "history": history, "torch": torch.__version__},
              open(os.path.join(args.out, "training.json"), "w"), indent=2)
    print(f"wrote {args.out}", flush=True)


if __name__ == "__main__":
    main()
