/*
 * The questionnaire's autosave on the client: remembers whether something typed may not be saved yet, and
 * saves it when the session is about to time out (the layout's idle monitor calls window.clearanceIdle) and when the
 * page is left (a beacon posting the form to the page's autosave command, which also works while the page unloads).
 * Saving on a change of a field or a pause in typing is done by the p:ajax of the fields themselves.
 */
var ClearanceQuestionnaire = {
    /** Whether something typed may not be saved yet (typed since the last save that succeeded started). */
    dirty: false,
    /** Counts what was typed; a save that succeeds cleans only if nothing was typed since it started. */
    typed: 0,
    started: 0,
    /** The questionnaire is being submitted: no autosave (not even one queued by a pause in typing) and no beacon. */
    leaving: false,

    /** Something was typed. */
    edited: function () {
        ClearanceQuestionnaire.typed++;
        ClearanceQuestionnaire.dirty = true;
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
        return true;
    },

    /** The submission starts. */
    leave: function () {
        ClearanceQuestionnaire.leaving = true;
    },

    /** The submission answered: unless it went through (the browser moves on), the page is worked on again. */
    stay: function (args) {
        if (!(args && args.submitted)) {
            ClearanceQuestionnaire.leaving = false;
        }
    },

    /** A save answered: unless it was refused or more was typed meanwhile, the screen is saved. */
    saved: function (args) {
        if (!(args && args.validationFailed) && ClearanceQuestionnaire.started === ClearanceQuestionnaire.typed) {
            ClearanceQuestionnaire.dirty = false;
        }
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
        ClearanceQuestionnaire.dirty = false;
    }
};

// Typing marks the screen unsaved (a choice is saved by its own change event at once).
$(document).on('input', '#q .cl-entry :input, #q .cl-gap :input', ClearanceQuestionnaire.edited);
window.clearanceIdle = ClearanceQuestionnaire.saveNow;
window.addEventListener('pagehide', ClearanceQuestionnaire.beacon);
