-- A learner's whole picture, one data category of the privacy policy at a time; revealing a
-- masked field; account operations. Support sees masked data, the DPO unmasked; everything
-- is logged in the same transaction.
SET LOCAL ROLE fx_owner;
