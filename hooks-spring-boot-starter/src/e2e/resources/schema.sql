create table users (id varchar(64) primary key, email varchar(255) not null);
create table workspace (id varchar(64) primary key, owner varchar(64) not null);
create table audit (user_id varchar(64) not null, action varchar(64) not null, detail varchar(255) not null);
create table login_audit (user_id varchar(64) not null, principal varchar(255), request_id varchar(64), thread varchar(255) not null);
