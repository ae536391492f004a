#!/usr/bin/env python3
"""Distil a shallower student from the default model (entities + attribution tags).

The encoder is nearly all of a run's time, and its cost grows with its depth, so a
student that keeps some of the teacher's layers is faster on every CPU. The
student starts from the teacher's weights (embeddings, the chosen layers, the
classifier) and learns to give the teacher's outputs on three kinds of windows:

- CoNLL-2003 train: the teacher's entity and attribution outputs (KL at
  temperature T) and the gold entity labels;
- PolNeAR train: the teacher's outputs and the gold attribution tags;
- unlabelled news (a folder of .txt articles, such as the BBC folder): the
  teacher's outputs alone, so the student sees more and more varied text than the
  two labelled sets hold.

Windows are cut as the Rust stage cuts an article. Dev figures as in
train_attribution.py: CoNLL dev F1 for entities, token-level P/R/F1 on PolNeAR dev
for the tags; span-level figures come from `news-extract eval`.

Example (about 35 minutes on 2 cores):
  .venv-train/bin/python scripts/distill_student.py --teacher models/ner-attr-minilm-l4-cased \
      --layers 0,1,3 --conll ../shared/data/conll2003 --polnear ../shared/data/quotes \
      --news ../shared/data/news/bbc --out models/ner-attr-minilm-l3-cased --epochs 2

`--probe` only prints the CoNLL dev F1 of each way of keeping that many layers,
before any training, to choose `--layers`.

`--ffn N` also narrows every layer's feed-forward block (two thirds of a layer's
arithmetic at hidden size 384 and 1536 inner units) to its N most useful units
before training: a unit's use is its mean absolute activation on training
windows times the norm of its output weights. `--init DIR` starts the student
from another model than the teacher (an earlier student, whose layers
`--layers` then numbers). With `--probe`, the dev F1 of the narrowed student
before training.
"""

import argparse
import itertools
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
from train_ner import batches, encode_docs, evaluate, load_docs, slide_docs  # noqa: E402
from train_attribution import (NER_N, TASKS, NerView, attr_batch, attr_eval, attr_loss,  # noqa: E402
                               cut_polnear, encode_polnear, polnear_docs)


def news_docs(folder):
    """Every .txt article under a folder, in path order, as PolNeAR-like records
    without attributions (only their text is used)."""
    paths = sorted(os.path.join(d, f) for d, _, fs in os.walk(folder) for f in fs if f.endswith(".txt"))
    out = []
    for p in paths:
        with open(p, encoding="utf-8", errors="replace") as f:
            out.append({"text": f.read(), "attributions": []})
    return out


def kd_groups(student, teacher, mask, temp):
    """KL to the teacher at temperature T for every softmax group of the
    classifier: the 9 entity labels, then O/B/I of each attribution role."""
    keep = mask.bool()
    s, t = student[keep], teacher[keep]
    groups = [(0, NER_N)] + [(NER_N + 3 * k, NER_N + 3 * k + 3) for k in range(len(TASKS))]
    loss = 0.0
    for a, b in groups:
        loss = loss + torch.nn.functional.kl_div(
            torch.log_softmax(s[:, a:b] / temp, -1), torch.softmax(t[:, a:b] / temp, -1),
            reduction="batchmean") * temp * temp
    return loss


def student_from(teacher_state, teacher_cfg, layers):
    """A BertForTokenClassification with the teacher's layers `layers`, in order."""
    cfg = BertConfig.from_dict(teacher_cfg.to_dict())
    cfg.num_hidden_layers = len(layers)
    model = BertForTokenClassification(cfg)
    state = {}
    for k, v in teacher_state.items():
        if k.startswith("bert.encoder.layer."):
            n = int(k.split(".")[3])
            if n in layers:
                rest = k.split(".", 4)[4]
                state[f"bert.encoder.layer.{layers.index(n)}.{rest}"] = v
        else:
            state[k] = v
    missing, _ = model.load_state_dict(state, strict=False)
    assert not [m for m in missing if not m.endswith("position_ids")], missing
    return model, cfg


def ffn_scores(model, chunks):
    """Per layer, each feed-forward unit's mean absolute activation over the
    tokens of `chunks` (lists of windows) times the norm of its output weights."""
    layers = model.bert.encoder.layer
    sums = [torch.zeros(l.intermediate.dense.out_features) for l in layers]
    count = [0]
    mask_now = {}

    def hook(k):
        def run(_module, _inp, out):
            keep = mask_now["m"].bool()
            sums[k] += out[keep].abs().sum(0)
            if k == 0:
                count[0] += int(keep.sum())
        return run

    handles = [l.intermediate.register_forward_hook(hook(k)) for k, l in enumerate(layers)]
    model.eval()
    with torch.no_grad():
        for chunk in chunks:
            ids, cas, _, mask = attr_batch(chunk)
            mask_now["m"] = mask
            model(input_ids=ids, attention_mask=mask, token_type_ids=cas)
    for h in handles:
        h.remove()
    return [s / max(1, count[0]) * l.output.dense.weight.detach().norm(dim=0)
            for s, l in zip(sums, layers)]


def narrowed(model, cfg, scores, width):
    """The model with each layer's `width` best-scored feed-forward units, in
    their original order."""
    state = {k: v.clone() for k, v in model.state_dict().items()}
    for k, sc in enumerate(scores):
        keep = torch.sort(torch.topk(sc, width).indices).values
        pre = f"bert.encoder.layer.{k}."
        state[pre + "intermediate.dense.weight"] = state[pre + "intermediate.dense.weight"][keep]
        state[pre + "intermediate.dense.bias"] = state[pre + "intermediate.dense.bias"][keep]
        state[pre + "output.dense.weight"] = state[pre + "output.dense.weight"][:, keep]
    cfg = BertConfig.from_dict(cfg.to_dict())
    cfg.intermediate_size = width
    out = BertForTokenClassification(cfg)
    out.load_state_dict(state)
    return out, cfg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--teacher", required=True, help="model folder with entity and attribution outputs")
    ap.add_argument("--layers", default="0,1,3", help="teacher layers the student keeps, in order")
    ap.add_argument("--conll", required=True, help="folder with conll2003_{train,dev}.jsonl")
    ap.add_argument("--polnear", required=True, help="folder with polnear_{train,dev}.jsonl")
    ap.add_argument("--news", default="", help="folder of unlabelled .txt articles (optional)")
    ap.add_argument("--out", default="")
    ap.add_argument("--epochs", type=float, default=2.0)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--max-len", type=int, default=128)
    ap.add_argument("--context", type=int, default=8)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--kd-temp", type=float, default=2.0)
    ap.add_argument("--conll-share", type=float, default=0.5, help="CoNLL windows per PolNeAR window")
    ap.add_argument("--news-share", type=float, default=0.5, help="news windows per PolNeAR window")
    ap.add_argument("--inside-weight", type=float, default=2.0)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--probe", action="store_true")
    ap.add_argument("--init", default="", help="model folder the student starts from (default: the teacher)")
    ap.add_argument("--ffn", type=int, default=0, help="feed-forward units kept per layer (default: all)")
    args = ap.parse_args()

    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    rng = random.Random(args.seed)
    tok = Tokenizer.from_file(os.path.join(args.teacher, "tokenizer.json"))
    tok.no_padding()
    tok.no_truncation()
    cls_id, sep_id = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    raw_cfg = json.load(open(os.path.join(args.teacher, "config.json")))
    t_cfg = BertConfig.from_dict(dict(raw_cfg))  # from_dict adds keys to its argument
    t_state = {k: v.float() for k, v in load_file(os.path.join(args.teacher, "model.safetensors")).items()}
    teacher = BertForTokenClassification(t_cfg)
    teacher.load_state_dict(t_state, strict=False)
    teacher.eval()
    c_dev = load_docs(os.path.join(args.conll, "conll2003_dev.jsonl"))
    c_dev_w = encode_docs(c_dev, tok, args.max_len)
    layers = [int(x) for x in args.layers.split(",")]
    i_state, i_cfg = t_state, t_cfg
    if args.init:
        i_cfg = BertConfig.from_dict(json.load(open(os.path.join(args.init, "config.json"))))
        i_state = {k: v.float() for k, v in load_file(os.path.join(args.init, "model.safetensors")).items()}

    def narrow(model, cfg):
        if not args.ffn:
            return model, cfg
        # scored on training windows (PolNeAR train and news), never on dev
        docs = polnear_docs(os.path.join(args.polnear, "polnear_train.jsonl"))[:150]
        if args.news:
            docs += news_docs(args.news)[::15]
        ws = cut_polnear(encode_polnear(docs, tok), args.max_len, args.context, random.Random(1), cls_id, sep_id)
        random.Random(2).shuffle(ws)
        ws = ws[:512]
        scores = ffn_scores(model, [ws[a:a + 16] for a in range(0, len(ws), 16)])
        return narrowed(model, cfg, scores, args.ffn)

    if args.probe and args.ffn:
        model, cfg = narrow(*student_from(i_state, i_cfg, layers))
        print(f"layers {layers}, {args.ffn} feed-forward units: CoNLL dev F1 "
              f"{evaluate(NerView(model), c_dev_w, c_dev)['micro']['f1']}", flush=True)
        return

    if args.probe:
        print(f"teacher: {evaluate(NerView(teacher), c_dev_w, c_dev)['micro']['f1']}", flush=True)
        for keep in itertools.combinations(range(t_cfg.num_hidden_layers), len(layers)):
            model, _ = student_from(t_state, t_cfg, list(keep))
            print(f"layers {keep}: CoNLL dev F1 {evaluate(NerView(model), c_dev_w, c_dev)['micro']['f1']}", flush=True)
        return

    p_train_e = encode_polnear(polnear_docs(os.path.join(args.polnear, "polnear_train.jsonl")), tok)
    p_dev_w = cut_polnear(encode_polnear(polnear_docs(os.path.join(args.polnear, "polnear_dev.jsonl")), tok),
                          args.max_len, args.context, random.Random(0), cls_id, sep_id)
    c_train_w = encode_docs(load_docs(os.path.join(args.conll, "conll2003_train.jsonl")), tok, args.max_len)
    n_train_e = encode_polnear(news_docs(args.news), tok) if args.news else []
    print(f"PolNeAR train articles {len(p_train_e)}; CoNLL train windows {len(c_train_w)}; news articles {len(n_train_e)}", flush=True)

    model, cfg = narrow(*student_from(i_state, i_cfg, layers))
    no_decay = lambda n: n.endswith("bias") or "LayerNorm" in n
    opt = torch.optim.AdamW([
        {"params": [p for n, p in model.named_parameters() if not no_decay(n)], "weight_decay": 0.01},
        {"params": [p for n, p in model.named_parameters() if no_decay(n)], "weight_decay": 0.0},
    ], lr=args.lr)
    weight = torch.tensor([1.0, args.inside_weight, args.inside_weight])

    def epoch_plan():
        pw = cut_polnear(p_train_e, args.max_len, args.context, rng, cls_id, sep_id)
        cw = slide_docs(c_train_w, args.max_len, args.context, rng)
        rng.shuffle(cw)
        cw = cw[:int(len(pw) * args.conll_share)]
        nw = cut_polnear(n_train_e, args.max_len, args.context, rng, cls_id, sep_id) if n_train_e else []
        rng.shuffle(nw)
        nw = nw[:int(len(pw) * args.news_share)]
        plan = []
        for kind, ws in (("p", pw), ("c", cw), ("n", nw)):
            plan += [(kind, ws[a:a + args.batch_size]) for a in range(0, len(ws), args.batch_size)]
        rng.shuffle(plan)
        return plan

    per_epoch = len(epoch_plan())
    steps = math.ceil(args.epochs * per_epoch)
    warm = int(0.06 * steps)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: (s + 1) / max(1, warm) if s < warm else max(0.0, (steps - s) / max(1, steps - warm)))
    print(f"{steps} steps ({per_epoch} per epoch), student layers {layers}", flush=True)

    step, t0 = 0, time.time()
    model.train()
    while step < steps:
        for kind, chunk in epoch_plan():
            if step >= steps:
                break
            if kind == "c":
                _, ids, cas, lab, mask = next(batches(chunk, len(chunk), False, None))
            else:
                ids, cas, lab, mask = attr_batch(chunk)
            logits = model(input_ids=ids, attention_mask=mask, token_type_ids=cas).logits
            with torch.no_grad():
                t_logits = teacher(input_ids=ids, attention_mask=mask, token_type_ids=cas).logits
            kd = kd_groups(logits, t_logits, mask, args.kd_temp)
            if kind == "c":
                ner = torch.nn.functional.cross_entropy(
                    logits[..., :NER_N].reshape(-1, NER_N), lab.reshape(-1), ignore_index=-100)
                loss = 0.5 * ner + 0.5 * kd
            elif kind == "p":
                loss = attr_loss(logits, lab, weight) + kd
            else:
                loss = kd
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
    print(f"NER dev {json.dumps(ner['micro'])}; attribution dev {json.dumps(attr)}", flush=True)
    if not args.out:
        return
    os.makedirs(args.out, exist_ok=True)
    export = {k: v.detach().to(torch.float16).contiguous() for k, v in model.state_dict().items()
              if not k.endswith("position_ids")}
    save_file(export, os.path.join(args.out, "model.safetensors"))
    out_cfg = dict(raw_cfg)
    out_cfg["num_hidden_layers"] = len(layers)
    out_cfg["intermediate_size"] = cfg.intermediate_size
    json.dump(out_cfg, open(os.path.join(args.out, "config.json"), "w"), indent=2, sort_keys=True)
    tok.save(os.path.join(args.out, "tokenizer.json"))
    json.dump({"args": vars(args), "history": [{"epochs": args.epochs, "ner_dev": ner,
                                                "attribution_dev_tokens": attr,
                                                "elapsed_s": round(time.time() - t0)}],
               "torch": torch.__version__},
              open(os.path.join(args.out, "training.json"), "w"), indent=2)
    print(f"wrote {args.out}", flush=True)


if __name__ == "__main__":
    main()
