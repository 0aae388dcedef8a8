-- Records that the demo province was loaded (profile demo only), so a restart does not load it twice.
CREATE TABLE demo_load (
    loaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    note      VARCHAR(200)
);
