/*
 * The questionnaire's autosave on the client: remembers whether something typed may not be saved yet, and
 * saves it when the session is about to time out (the layout's idle monitor calls window.clearanceIdle) and when the
 * page is left (a beacon posting the form to the page's autosave command, which also works while the page unloads).
 * Saving on leaving a field (change) or a short pause in typing is done by the p:ajax of the fields themselves.
 *
 * Unsent text is also kept in the browser (localStorage), one item per field, keyed
 * clearance.questionnaire.<evaluation>.<section>.<entry>.<field> (a gap's explanation: ...<section>.gap.<from/to>),
 * holding the value, when it was typed and the section's version on the server it was typed on. An item goes when the
 * server confirms a save that carried it (callback parameter saved). When the page loads (or a section is opened) and
 * the browser holds text typed on the version the server still has and different from what the server sent, or when a
 * save fails, a message bar (#restoreDraft, texts in its data- attributes) offers to restore it or to discard it.
 * Personal data: everything kept is removed on submission, when the questionnaire can no longer be changed, and on
 * logout (js/local-drafts.js).
 */
var ClearanceQuestionnaire = {
    PREFIX: 'clearance.questionnaire.',
    /** Whether something typed may not be saved yet (typed since the last save that succeeded started). */
    dirty: false,
    /** Counts what was typed; a save that succeeds cleans only if nothing was typed since it started. */
    typed: 0,
    started: 0,
    /** When the running save started (Date.now()): what was kept before it went with it. */
    startedAt: 0,
    /** The questionnaire is being submitted: no autosave (not even one queued by a pause in typing) and no beacon. */
    leaving: false,
    /** The section whose kept text was last checked against the server's (evaluation.section). */
    checked: null,

    /** The page's state: evaluation id, section code, the section's version on the server, whether it is editable. */
    state: function () {
        var s = document.getElementById('qState');
        if (!s) {
            return null;
        }
        return {evaluation: s.getAttribute('data-evaluation'), section: s.getAttribute('data-section'),
            version: s.getAttribute('data-version'), editable: s.getAttribute('data-editable') === 'true'};
    },

    storage: function () {
        try {
            return window.localStorage;
        } catch (e) {
            return null; // storage disabled: the autosave still works, nothing is kept in the browser
        }
    },

    /** The key of a field element on the screen (within its section), or null for one that is not kept. */
    fieldKey: function (el) {
        var gap = el.closest('[data-gap]');
        if (gap) {
            return 'gap.' + gap.getAttribute('data-gap');
        }
        var field = el.closest('[data-field]');
        var entry = el.closest('#q .cl-entry');
        if (!field || !entry) {
            return null;
        }
        var index = Array.prototype.indexOf.call(document.querySelectorAll('#q .cl-entry'), entry);
        return index + '.' + field.getAttribute('data-field');
    },

    /** The text input of a field by its key, or null when the screen has no such field. */
    fieldByKey: function (key) {
        if (key.indexOf('gap.') === 0) {
            var gap = key.substring(4);
            return Array.prototype.find.call(document.querySelectorAll('#q textarea[data-gap]'),
                function (t) { return t.getAttribute('data-gap') === gap; }) || null;
        }
        var dot = key.indexOf('.');
        var entry = document.querySelectorAll('#q .cl-entry')[parseInt(key.substring(0, dot), 10)];
        var name = key.substring(dot + 1);
        if (!entry) {
            return null;
        }
        var field = Array.prototype.find.call(entry.querySelectorAll('[data-field]'),
            function (f) { return f.getAttribute('data-field') === name; });
        if (!field) {
            return null;
        }
        return field.matches('input, textarea') ? field : field.querySelector('input.ui-inputfield');
    },

    prefix: function (st) {
        return ClearanceQuestionnaire.PREFIX + st.evaluation + '.' + st.section + '.';
    },

    /** The items kept for the current section: [{key, field, item}]. */
    kept: function (st) {
        var store = ClearanceQuestionnaire.storage();
        var out = [];
        if (!store || !st) {
            return out;
        }
        var prefix = ClearanceQuestionnaire.prefix(st);
        for (var i = 0; i < store.length; i++) {
            var k = store.key(i);
            if (k && k.indexOf(prefix) === 0) {
                var item = null;
                try {
                    item = JSON.parse(store.getItem(k));
                } catch (e) {
                    item = null;
                }
                out.push({key: k, field: k.substring(prefix.length), item: item});
            }
        }
        return out;
    },

    /** Removes every item kept for an evaluation (all evaluations when none is named). */
    forget: function (evaluation) {
        var store = ClearanceQuestionnaire.storage();
        if (!store) {
            return;
        }
        var prefix = ClearanceQuestionnaire.PREFIX + (evaluation ? evaluation + '.' : '');
        for (var i = store.length - 1; i >= 0; i--) {
            var k = store.key(i);
            if (k && k.indexOf(prefix) === 0) {
                store.removeItem(k);
            }
        }
    },

    /** Something was typed: the screen is unsaved, and the field's text is kept in the browser. */
    edited: function (event) {
        ClearanceQuestionnaire.typed++;
        ClearanceQuestionnaire.dirty = true;
        var el = event && event.target;
        var st = ClearanceQuestionnaire.state();
        var store = ClearanceQuestionnaire.storage();
        if (!el || !st || !st.editable || !store) {
            return;
        }
        var key = ClearanceQuestionnaire.fieldKey(el);
        if (key) {
            try {
                store.setItem(ClearanceQuestionnaire.prefix(st) + key,
                    JSON.stringify({v: el.value, t: Date.now(), base: st.version}));
            } catch (e) {
                // storage full or refused: nothing kept, the autosave goes on
            }
        }
    },

    /**
     * A save of the section starts with what is on the screen now; false (the request is not sent) while the
     * questionnaire is being submitted: the submission saves what is on the screen itself, and a later request would
     * take the next page's message away.
     */
    saving: function () {
        if (ClearanceQuestionnaire.leaving) {
            return false;
        }
        ClearanceQuestionnaire.started = ClearanceQuestionnaire.typed;
        ClearanceQuestionnaire.startedAt = Date.now();
        return true;
    },

    /** The submission starts. */
    leave: function () {
        ClearanceQuestionnaire.leaving = true;
    },

    /** The submission answered: unless it went through (the browser moves on), the page is worked on again. */
    stay: function (args) {
        if (args && args.submitted) {
            var st = ClearanceQuestionnaire.state();
            ClearanceQuestionnaire.forget(st && st.evaluation);
        } else {
            ClearanceQuestionnaire.leaving = false;
        }
    },

    /**
     * A save answered. Confirmed by the server (callback parameter saved): what was kept before it started goes, what
     * was typed meanwhile is now typed on the new version; unless more was typed meanwhile, the screen is saved.
     * Not confirmed (refused, the network or the session gone): the kept text stays and the bar says so.
     */
    saved: function (args, status) {
        var st = ClearanceQuestionnaire.state();
        if (args && args.saved && (!status || status === 'success')) {
            var store = ClearanceQuestionnaire.storage();
            ClearanceQuestionnaire.kept(st).forEach(function (k) {
                if (!k.item || k.item.t <= ClearanceQuestionnaire.startedAt) {
                    store.removeItem(k.key);
                } else {
                    k.item.base = st.version;
                    store.setItem(k.key, JSON.stringify(k.item));
                }
            });
            if (ClearanceQuestionnaire.started === ClearanceQuestionnaire.typed) {
                ClearanceQuestionnaire.dirty = false;
            }
            if (ClearanceQuestionnaire.kept(st).length === 0) {
                ClearanceQuestionnaire.bar(null);
            }
        } else if (ClearanceQuestionnaire.kept(st).length > 0) {
            ClearanceQuestionnaire.bar('failed');
        }
    },

    /** Shows the message bar with its text for the occasion ('offer' or 'failed'), or hides it (null). */
    bar: function (occasion) {
        var bar = document.getElementById('restoreDraft');
        if (!bar) {
            return;
        }
        if (!occasion) {
            bar.hidden = true;
            return;
        }
        document.getElementById('restoreDraftText').textContent = bar.getAttribute('data-' + occasion);
        bar.setAttribute('data-occasion', occasion);
        bar.hidden = false;
    },

    /**
     * The page shows a section as the server has it: kept text typed on another version (the server saved after it:
     * the beacon, another device) or equal to what the server sent goes; any other is offered back.
     */
    check: function () {
        var st = ClearanceQuestionnaire.state();
        if (!st) {
            return;
        }
        var current = st.evaluation + '.' + st.section;
        if (ClearanceQuestionnaire.checked === current) {
            return;
        }
        ClearanceQuestionnaire.checked = current;
        if (!st.editable) {
            ClearanceQuestionnaire.forget(st.evaluation); // submitted: nothing to keep
            ClearanceQuestionnaire.bar(null);
            return;
        }
        var store = ClearanceQuestionnaire.storage();
        var offer = false;
        ClearanceQuestionnaire.kept(st).forEach(function (k) {
            var field = ClearanceQuestionnaire.fieldByKey(k.field);
            if (!k.item || k.item.base !== st.version || !field || field.value === k.item.v) {
                store.removeItem(k.key);
            } else {
                offer = true;
            }
        });
        ClearanceQuestionnaire.bar(offer ? 'offer' : null);
    },

    /** Restore: the kept text goes back into its fields and is saved at once. */
    restore: function () {
        var st = ClearanceQuestionnaire.state();
        ClearanceQuestionnaire.kept(st).forEach(function (k) {
            var field = ClearanceQuestionnaire.fieldByKey(k.field);
            if (field && k.item) {
                field.value = k.item.v;
            }
        });
        ClearanceQuestionnaire.typed++;
        ClearanceQuestionnaire.dirty = true;
        ClearanceQuestionnaire.bar(null);
        ClearanceQuestionnaire.saveNow();
    },

    /** Discard: the kept text of this section is removed from the browser; the screen stays as the server has it. */
    discard: function () {
        var store = ClearanceQuestionnaire.storage();
        ClearanceQuestionnaire.kept(ClearanceQuestionnaire.state()).forEach(function (k) {
            store.removeItem(k.key);
        });
        ClearanceQuestionnaire.bar(null);
    },

    /** Saves now through the page's remote command, if anything is unsaved. */
    saveNow: function () {
        if (ClearanceQuestionnaire.dirty && window.questionnaireAutosave) {
            window.questionnaireAutosave();
        }
    },

    /** The page is being left: posts the form to the autosave command as a beacon (no answer is awaited). */
    beacon: function () {
        var form = document.getElementById('q');
        if (!ClearanceQuestionnaire.dirty || ClearanceQuestionnaire.leaving || !form || !window.questionnaireAutosave
                || !navigator.sendBeacon) {
            return;
        }
        var data = new URLSearchParams(new FormData(form));
        data.append('q:autosaveNow', 'q:autosaveNow');
        navigator.sendBeacon(form.action, data);
        // what the beacon carried stays kept in the browser until a save is confirmed (a beacon has no answer)
        ClearanceQuestionnaire.dirty = false;
    }
};

// Typing marks the screen unsaved and keeps the field's text in the browser (a choice is saved by its own change
// event at once).
$(document).on('input', '#q .cl-entry input.ui-inputfield, #q .cl-entry textarea, #q .cl-gap textarea',
    ClearanceQuestionnaire.edited);
$(document).on('click', '#restoreDraftYes', ClearanceQuestionnaire.restore);
$(document).on('click', '#restoreDraftNo', ClearanceQuestionnaire.discard);
// After the page loads and after every Ajax answer (opening another section renders the form again).
$(ClearanceQuestionnaire.check);
$(document).on('pfAjaxComplete', ClearanceQuestionnaire.check);
window.clearanceIdle = ClearanceQuestionnaire.saveNow;
window.addEventListener('pagehide', ClearanceQuestionnaire.beacon);
