from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import torch
import yaml
from conftest import write_pairs_dataset
from PIL import Image
from pycocotools import mask as mask_utils

from leanseg.data import DatasetError, SegmentationDataset, load_spec
from leanseg.data.dataset import read_sample
from leanseg.data.spec import spec_from_dict, voc_colormap
from leanseg.data.transforms import AugmentConfig, eval_transform, train_transform

SHARED_CAMVID = Path(__file__).resolve().parents[1].parent / "shared" / "datasets" / "camvid"


def test_pairs_list_file_reads_images_and_ids(pairs_dataset: Path):
    spec = load_spec(pairs_dataset)
    ds = SegmentationDataset(spec, "train")
    assert len(ds) == 3
    image, mask = ds[0]
    assert image.shape == (3, 30, 40) and image.dtype == torch.uint8
    assert set(torch.unique(mask).tolist()) == {0, 1, 2, 255}
    assert mask[0, 0] == 255 and mask[0, -1] == 1 and mask[-1, 0] == 2


def test_pairs_folders_matched_by_stem(tmp_path: Path):
    write_pairs_dataset(tmp_path)
    (tmp_path / "labels" / "3.png").unlink()  # image 3 has no label
    spec = spec_from_dict(
        {
            "format": "pairs",
            "splits": {"all": {"images": "images", "labels": "labels"}},
            "classes": ["a", "b", "c"],
        },
        base=tmp_path,
    )
    ds = SegmentationDataset(spec, "all")
    assert [s.key for s in ds.samples] == ["0", "1", "2", "3"]
    assert ds.samples[1].label == tmp_path / "labels" / "1.png"
    with pytest.raises(DatasetError, match=r"3\.png: file not found"):
        ds[3]


def test_builtin_name_with_path_and_unknown_names(tmp_path: Path):
    (tmp_path / "train.txt").write_text("")
    spec = load_spec(f"camvid:{tmp_path}")
    assert spec.num_classes == 11 and spec.ignore_index == 11 and list(spec.splits) == ["train"]
    with pytest.raises(DatasetError, match="no dataset descriptor"):
        load_spec(tmp_path / "nothing")
    with pytest.raises(DatasetError, match="format 'xyz'"):
        spec_from_dict({"format": "xyz", "splits": {"a": 1}, "classes": ["a"]}, base=tmp_path)


def test_voc_palette_png_with_ignore(tmp_path: Path):
    for d in ("JPEGImages", "SegmentationClass", "ImageSets/Segmentation"):
        (tmp_path / d).mkdir(parents=True)
    label = np.zeros((20, 30), dtype=np.uint8)
    label[5:10, 5:20] = 15
    label[10, :] = 255
    png = Image.fromarray(label, mode="P")
    png.putpalette([v for c in voc_colormap(256) for v in c])
    png.save(tmp_path / "SegmentationClass" / "a.png")
    Image.new("RGB", (30, 20), (9, 9, 9)).save(tmp_path / "JPEGImages" / "a.jpg")
    (tmp_path / "ImageSets/Segmentation/train.txt").write_text("a\n")
    spec = load_spec(f"voc:{tmp_path}")
    image, mask = read_sample(spec, SegmentationDataset(spec, "train").samples[0])
    assert image.shape == (20, 30, 3)
    np.testing.assert_array_equal(mask, label)


def test_cityscapes_label_ids_map_to_train_ids(tmp_path: Path):
    img_dir = tmp_path / "leftImg8bit/val/bonn"
    gt_dir = tmp_path / "gtFine/val/bonn"
    img_dir.mkdir(parents=True)
    gt_dir.mkdir(parents=True)
    ids = np.array([[7, 26, 0], [33, 11, 5]], dtype=np.uint8)
    Image.fromarray(ids).save(gt_dir / "bonn_000001_000019_gtFine_labelIds.png")
    Image.new("RGB", (3, 2)).save(img_dir / "bonn_000001_000019_leftImg8bit.png")
    spec = load_spec(f"cityscapes:{tmp_path}")
    _, mask = read_sample(spec, SegmentationDataset(spec, "val").samples[0])
    np.testing.assert_array_equal(mask, [[0, 13, 255], [18, 2, 255]])


def test_coco_polygons_rle_crowd_and_overlap(tmp_path: Path):
    (tmp_path / "images").mkdir()
    Image.new("RGB", (20, 10)).save(tmp_path / "images" / "x.jpg")
    rle_mask = np.zeros((10, 20), dtype=np.uint8, order="F")
    rle_mask[6:9, 14:18] = 1
    rle = mask_utils.encode(rle_mask)
    rle["counts"] = rle["counts"].decode()
    crowd = np.zeros((10, 20), dtype=np.uint8, order="F")
    crowd[0:2, 0:4] = 1
    crowd_rle = mask_utils.encode(crowd)
    crowd_rle["counts"] = crowd_rle["counts"].decode()
    anns = [
        # a big box (category 5) and a small box on top of it (category 3), drawn big-first
        {
            "id": 1,
            "image_id": 7,
            "category_id": 5,
            "iscrowd": 0,
            "area": 48.0,
            "segmentation": [[2, 2, 10, 2, 10, 8, 2, 8]],
        },
        {
            "id": 2,
            "image_id": 7,
            "category_id": 3,
            "iscrowd": 0,
            "area": 4.0,
            "segmentation": [[4, 4, 6, 4, 6, 6, 4, 6]],
        },
        {"id": 3, "image_id": 7, "category_id": 3, "iscrowd": 0, "area": 12.0, "segmentation": rle},
        {
            "id": 4,
            "image_id": 7,
            "category_id": 5,
            "iscrowd": 1,
            "area": 8.0,
            "segmentation": crowd_rle,
        },
    ]
    coco = {
        "images": [{"id": 7, "file_name": "x.jpg", "width": 20, "height": 10}],
        "annotations": anns,
        "categories": [{"id": 5, "name": "bus"}, {"id": 3, "name": "person"}],
    }
    (tmp_path / "ann.json").write_text(json.dumps(coco))
    desc = {
        "format": "coco",
        "splits": {"val": {"images": "images", "annotations": "ann.json"}},
        "classes": ["background", "person", "bus"],
        "extra": {"category_ids": [3, 5]},
    }
    (tmp_path / "dataset.yaml").write_text(yaml.safe_dump(desc))
    spec = load_spec(tmp_path)
    _, mask = read_sample(spec, SegmentationDataset(spec, "val").samples[0])
    assert mask[3, 3] == 2  # bus
    assert mask[5, 5] == 1  # person on top of the bus wins: smaller area painted last
    assert (mask[6:9, 14:18] == 1).all()  # RLE person
    assert (mask[0:2, 0:2] == 255).all()  # crowd is ignored
    assert mask[9, 0] == 0


def test_rgb_mask_decodes_through_class_colors(tmp_path: Path):
    write_pairs_dataset(tmp_path)
    colors = [[0, 0, 0], [255, 0, 0], [0, 255, 0]]
    rgb = np.zeros((30, 40, 3), dtype=np.uint8)
    rgb[:, 20:] = colors[1]
    rgb[15:, :5] = colors[2]
    Image.fromarray(rgb).save(tmp_path / "labels" / "0.png")
    desc = yaml.safe_load((tmp_path / "dataset.yaml").read_text()) | {"colors": colors}
    spec = spec_from_dict(desc, base=tmp_path)
    _, mask = read_sample(spec, SegmentationDataset(spec, "train").samples[0])
    assert mask[0, 0] == 0 and mask[0, 30] == 1 and mask[20, 0] == 2


def test_train_transform_crops_pads_with_ignore_and_keeps_ids(pairs_dataset: Path):
    spec = load_spec(pairs_dataset)
    cfg = AugmentConfig(crop=(64, 48), scale=(1.0, 1.0), flip=True, color_jitter=0.3)
    ds = SegmentationDataset(spec, "train", train_transform(cfg, spec.ignore_index))
    image, mask = ds[0]
    assert image.shape == (3, 64, 48) and image.dtype == torch.float32
    assert mask.shape == (64, 48) and mask.dtype == torch.int64
    assert set(torch.unique(mask).tolist()) <= {0, 1, 2, 255}
    assert int((mask == 255).sum()) >= 64 * 48 - 30 * 40  # padding around the 40x30 image


def test_eval_transform_resizes_masks_by_nearest_neighbour(pairs_dataset: Path):
    spec = load_spec(pairs_dataset)
    image, mask = SegmentationDataset(spec, "val", eval_transform((15, 20)))[0]
    assert image.shape == (3, 15, 20) and mask.shape == (15, 20)
    assert set(torch.unique(mask).tolist()) <= {0, 1, 2, 255}


def test_smoke_read_of_shared_camvid_pairs():
    # CI and every developer checkout have ../shared: a missing copy is a failure, not a skip.
    assert SHARED_CAMVID.is_dir(), f"{SHARED_CAMVID} is missing (expected beside the checkout)"
    spec = load_spec(f"camvid:{SHARED_CAMVID}")
    ds = SegmentationDataset(spec, "val")
    assert len(ds) == 101
    for i in (0, 50, 100):
        image, mask = ds[i]
        assert image.shape == (3, 360, 480) and mask.shape == (360, 480)
        assert int(mask.max()) <= 11
