import numpy as np
import pytest

from emotion_jax import labels


def test_one_label_set_in_fixed_order():
    assert labels.EMOTIONS == ("neutral", "happy", "sad", "angry", "fearful", "disgusted", "surprised")


@pytest.mark.parametrize("mapping", [labels.FER2013, labels.CKPLUS, labels.RAVDESS, labels.GOEMOTIONS_EKMAN,
                                     labels.CARER, labels.MELD, labels.ISEAR])
def test_every_dataset_maps_into_our_labels(mapping):
    targets = {v for v in mapping.values() if v is not None}
    assert targets <= set(labels.EMOTIONS)


def test_synonyms_and_unknown_label():
    assert labels.normalize(" Joy ") == "happy"
    assert labels.normalize("calm") == "neutral"
    with pytest.raises(ValueError, match="accepted"):
        labels.normalize("contempt")


def test_map_indices_drops_unmapped_classes():
    classes = ["anger", "contempt", "disgust", "fear", "happy", "sadness", "surprise"]
    ours, keep = labels.map_indices(classes, labels.CKPLUS, np.array([0, 1, 4]))
    assert keep.tolist() == [True, False, True]
    assert [labels.EMOTIONS[i] for i in ours[keep]] == ["angry", "happy"]


def test_valence_arousal_follow_probabilities():
    happy = np.eye(7)[labels.INDEX["happy"]]
    sad = np.eye(7)[labels.INDEX["sad"]]
    v, a = labels.valence_arousal(np.stack([happy, sad]))
    assert v[0] > 0.5 and v[1] < -0.5
